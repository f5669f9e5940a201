// A date input with a hint in the page's language: the browser writes its own, in its own language, in the empty box
// ("mm/dd/yyyy"), and orders the parts as its locale does.
export function DateField({ id, name, label, hint, defaultValue }: { id: string; name: string; label: string; hint: string; defaultValue?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="date" defaultValue={defaultValue} aria-describedby={`${id}-hint`} />
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}

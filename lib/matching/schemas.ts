// Inputs of the matching actions, parsed at the edge and again in the data functions.
import { z } from "zod";

export const suggestionDecisionSchema = z.object({ id: z.uuid({ error: "Unknown suggestion." }) });
export const matchSourceSchema = z.object({ sourceId: z.uuid({ error: "Unknown source." }) });
/** A decision on a suggestion from the reader's margin, which names the source whose page it refreshes. */
export const suggestionActionSchema = suggestionDecisionSchema.extend(matchSourceSchema.shape);

// Vietnamese for the messages data functions and schemas produce (written in English, the API's language).
import type { Locale } from "./locale";
import type { FieldErrors } from "@/lib/errors";
import { DEFAULT_MESSAGES } from "@/lib/validation";

export const VI_MESSAGES: Record<string, string> = {
  "An account with this e-mail already exists.": "Đã có tài khoản với email này.",
  "At least 12 characters.": "Ít nhất 12 ký tự.",
  "At most 120 characters.": "Tối đa 120 ký tự.",
  "At most 200 characters.": "Tối đa 200 ký tự.",
  "At most 254 characters.": "Tối đa 254 ký tự.",
  "Choose a role.": "Hãy chọn vai trò.",
  "Name the text.": "Hãy đặt tên cho văn bản.",
  "Paste or upload some text.": "Hãy dán hoặc tải lên văn bản.",
  "The text is over the 20 MB import limit.": "Văn bản vượt quá giới hạn 20 MB.",
  "Use a date like 2023-09-18, 2023-09-17T11:41 or --07-27.": "Hãy nhập ngày dạng 2023-09-18, 2023-09-17T11:41 hoặc --07-27.",
  "Use a language code such as vi or en.": "Hãy dùng mã ngôn ngữ như vi hoặc en.",
  "Use a web address starting with http:// or https://.": "Hãy nhập địa chỉ web bắt đầu bằng http:// hoặc https://.",
  "Unknown source.": "Nguồn không xác định.",
  "No such source.": "Không có nguồn này.",
  "Someone else saved this source in the meantime. Their version is shown; your changes are kept in the form.":
    "Người khác vừa lưu nguồn này. Phiên bản của họ đang hiển thị; thay đổi của bạn vẫn còn trong biểu mẫu.",
  "No article text was found.": "Không tìm thấy nội dung bài báo.",
  "No such claim.": "Không có tuyên bố này.",
  "The text is too long.": "Văn bản quá dài.",
  "The text cannot be empty.": "Văn bản không được để trống.",
  "Someone else changed this text in the meantime. Reload the source; your text is kept in the form.":
    "Người khác vừa sửa văn bản này. Hãy tải lại nguồn; nội dung bạn sửa vẫn còn trong biểu mẫu.",
  "This quote is already an appearance of the claim.": "Trích dẫn này đã được gắn với tuyên bố.",
  "Another claimant already has this name.": "Đã có người/cơ quan khác mang tên này.",
  "Choose another claimant.": "Hãy chọn người/cơ quan khác.",
  "No such claimant.": "Không có người/cơ quan này.",
  "This claimant was already merged.": "Người/cơ quan này đã được gộp.",
  "These claims are already linked this way.": "Hai tuyên bố này đã được liên kết theo kiểu này.",
  "Select the words that state it.": "Hãy bôi đen đoạn chữ nêu tuyên bố.",
  "Write the claim.": "Hãy viết nội dung tuyên bố.",
  "Write the claim in at least 5 characters.": "Hãy viết tuyên bố với ít nhất 5 ký tự.",
  "Choose a kind.": "Hãy chọn loại.",
  "At most 20 tags.": "Tối đa 20 nhãn.",
  "Unknown claim.": "Tuyên bố không xác định.",
  "Unknown kind.": "Loại không xác định.",
  "Unknown verdict.": "Kết luận không xác định.",
  "Unknown cursor.": "Con trỏ trang không hợp lệ.",
  "Use a whole number from 1 to 100.": "Hãy dùng số nguyên từ 1 đến 100.",
  "Too many requests. Wait a moment and try again.": "Quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại.",
  "Choose a stance.": "Hãy chọn lập trường.",
  "Give the reference a title.": "Hãy đặt tiêu đề cho tài liệu.",
  "Use a date like 2023-09-18.": "Hãy nhập ngày dạng 2023-09-18.",
  "Choose the claim to link to.": "Hãy chọn tuyên bố để liên kết.",
  "Choose a link type.": "Hãy chọn kiểu liên kết.",
  "A claim cannot be linked to itself.": "Không thể liên kết một tuyên bố với chính nó.",
  "Write the claimant's name.": "Hãy viết tên người/cơ quan.",
  "The selected words are not at that place in the source's text. Reload the source and select them again.":
    "Đoạn chữ được chọn không nằm ở vị trí đó trong văn bản nguồn. Hãy tải lại nguồn và chọn lại.",
  "Someone else saved this claim in the meantime. Their version is shown; your text is kept in the form.":
    "Người khác vừa lưu tuyên bố này. Phiên bản của họ đang hiển thị; nội dung bạn viết vẫn còn trong biểu mẫu.",
  "That claim is already a duplicate of this one: merging would make a cycle.": "Tuyên bố kia đã là bản trùng của tuyên bố này: gộp sẽ tạo vòng lặp.",
  "Enter a name.": "Hãy nhập họ tên.",
  "Enter a new password.": "Hãy nhập mật khẩu mới.",
  "Enter a valid e-mail address.": "Hãy nhập một địa chỉ email hợp lệ.",
  "Enter an e-mail address.": "Hãy nhập địa chỉ email.",
  "Enter your current password.": "Hãy nhập mật khẩu hiện tại.",
  "Enter your password.": "Hãy nhập mật khẩu.",
  "No such account.": "Không có tài khoản này.",
  "Please sign in.": "Hãy đăng nhập.",
  "Repeat the new password.": "Hãy nhập lại mật khẩu mới.",
  "Send a JSON body (Content-Type: application/json).": "Hãy gửi nội dung JSON (Content-Type: application/json).",
  "Some fields need attention.": "Một số ô cần sửa.",
  "Remove the NUL character (U+0000): text cannot hold it.": "Hãy xoá ký tự NUL (U+0000): văn bản không thể chứa ký tự này.",
  "This text contains a broken character (an unpaired UTF-16 surrogate).": "Văn bản có một ký tự hỏng (nửa cặp UTF-16 không đi kèm).",
  "Something went wrong on our side.": "Có lỗi ở phía chúng tôi.",
  "The desk needs at least one active admin.": "Bàn làm việc cần ít nhất một quản trị đang hoạt động.",
  "The request body is not valid JSON.": "Nội dung gửi lên không phải JSON hợp lệ.",
  "The request body is too large.": "Nội dung gửi lên quá lớn.",
  "The two passwords differ.": "Hai mật khẩu không khớp.",
  "This is not your current password.": "Đây không phải mật khẩu hiện tại của bạn.",
  "Too many failed sign-in attempts. Wait 15 minutes and try again.": "Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.",
  "Unknown account.": "Tài khoản không xác định.",
  "Wrong e-mail or password.": "Sai email hoặc mật khẩu.",
  "Your role does not allow this.": "Vai trò của bạn không được làm việc này.",
  "This claim already has an open proposal.": "Tuyên bố này đang có một đề xuất chờ duyệt.",
  "No such proposal.": "Không có đề xuất này.",
  "This proposal has already been decided.": "Đề xuất này đã được quyết định.",
  "Unknown evidence.": "Bằng chứng không xác định.",
  "At most 200 items.": "Tối đa 200 mục.",
  "At most 300 characters.": "Tối đa 300 ký tự.",
  "At most 20000 characters.": "Tối đa 20000 ký tự.",
  "Choose what you propose.": "Hãy chọn loại đề xuất.",
  "Choose a verdict.": "Hãy chọn kết luận.",
  "Write a short summary.": "Hãy viết tóm tắt ngắn.",
  "Write a summary of at least 10 characters.": "Tóm tắt cần ít nhất 10 ký tự.",
  "Explain the verdict.": "Hãy giải thích kết luận.",
  "Explain the verdict in at least 20 characters.": "Phần giải thích cần ít nhất 20 ký tự.",
  "A withdrawal carries no verdict.": "Rút lại thì không kèm kết luận.",
  "Say why the published verdict changes.": "Hãy nêu lý do thay đổi kết luận đã công bố.",
  "Choose the evidence this verdict relies on.": "Hãy chọn bằng chứng làm căn cứ cho kết luận.",
  "Choose evidence attached to this claim.": "Hãy chọn bằng chứng thuộc tuyên bố này.",
  "Unknown proposal.": "Đề xuất không xác định.",
  "Choose a decision.": "Hãy chọn quyết định.",
  "Tell the proposer what to change or why it is rejected.": "Hãy cho người đề xuất biết cần sửa gì hoặc vì sao bị từ chối.",
  "Only a draft can move to research.": "Chỉ bản nháp mới chuyển sang nghiên cứu được.",
  "Only a claim in research can be proposed for a verdict.": "Chỉ tuyên bố đang nghiên cứu mới được đề xuất kết luận.",
  "Only a published claim can be corrected or withdrawn.": "Chỉ tuyên bố đã công bố mới được đính chính hoặc rút lại.",
  "You cannot review your own proposal: a second person must.": "Bạn không thể duyệt đề xuất của chính mình: cần một người thứ hai.",
  "This claim is under review: its wording is frozen until the reviewer decides.": "Tuyên bố đang được duyệt: nội dung bị khóa cho tới khi người duyệt quyết định.",
  "A claim under review or published cannot be merged away; merge the other claim into it instead.":
    "Tuyên bố đang duyệt hoặc đã công bố không thể bị gộp đi; hãy gộp tuyên bố kia vào nó.",
  [DEFAULT_MESSAGES.required]: "Ô này là bắt buộc.",
  [DEFAULT_MESSAGES.wrongType]: "Giá trị này không đúng kiểu.",
  [DEFAULT_MESSAGES.wrongFormat]: "Giá trị này không đúng định dạng.",
  [DEFAULT_MESSAGES.unknownItem]: "Mục không xác định.",
  [DEFAULT_MESSAGES.notOffered]: "Hãy chọn một trong các lựa chọn có sẵn.",
  [DEFAULT_MESSAGES.unknownFields]: "Biểu mẫu này không nhận các ô đó.",
};

/** Messages with a number in them. */
const VI_PATTERNS: [RegExp, string][] = [
  [/^At most (\d+) characters\.$/, "Tối đa $1 ký tự."],
  [/^At least (\d+) characters\.$/, "Ít nhất $1 ký tự."],
  [/^At most (\d+) items\.$/, "Tối đa $1 mục."],
  [/^At least (\d+) items\.$/, "Ít nhất $1 mục."],
  [/^Use a number of at most (-?[\d.]+)\.$/, "Hãy dùng một số không lớn hơn $1."],
  [/^Use a number of at least (-?[\d.]+)\.$/, "Hãy dùng một số không nhỏ hơn $1."],
];

export function localizeMessage(locale: Locale, message: string): string {
  if (locale !== "vi") return message;
  const exact = VI_MESSAGES[message];
  if (exact) return exact;
  for (const [pattern, replacement] of VI_PATTERNS) if (pattern.test(message)) return message.replace(pattern, replacement);
  return message;
}

export function localizeFieldErrors(locale: Locale, fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.map((m) => localizeMessage(locale, m))]));
}

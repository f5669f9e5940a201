// Vietnamese for the messages data functions and schemas produce (written in English, the API's language).
import type { Locale } from "./locale";
import { DEFAULT_MESSAGES } from "@/lib/validation";
import { localizeBoundMessage } from "./bounds";

export const VI_MESSAGES: Record<string, string> = {
  "An account with this e-mail already exists.": "Đã có tài khoản với email này.",
  "Choose your own password first.": "Hãy đặt mật khẩu riêng trước.",
  "Too many failed sign-in attempts from your address. Wait a little and try again.": "Đăng nhập sai quá nhiều lần từ địa chỉ của bạn. Hãy đợi một chút rồi thử lại.",
  "This one-time password has expired. Ask an admin for a new account password.": "Mật khẩu một lần này đã hết hạn. Hãy nhờ quản trị viên cấp mật khẩu mới.",
  "Choose a role.": "Hãy chọn vai trò.",
  "Name the text.": "Hãy đặt tên cho văn bản.",
  "A name cannot hold control characters (a line break, a tab, NUL…).": "Tên không được chứa ký tự điều khiển (xuống dòng, tab, NUL…).",
  "Paste or upload some text.": "Hãy dán hoặc tải lên văn bản.",
  "The text is over the 20 MB import limit.": "Văn bản vượt quá giới hạn 20 MB.",
  "No such import.": "Không có lượt nhập này.",
  "This preview is no longer kept; preview the text again.": "Bản xem trước này không còn được giữ; hãy xem trước văn bản lần nữa.",
  "At most 1,000 files at once.": "Tối đa 1.000 tệp mỗi lần.",
  "You already have imports under way. Wait for them to finish, then try again.": "Bạn đang có lượt nhập chưa xong. Hãy đợi chúng xong rồi thử lại.",
  "Use a date like 2023-09-18, 2023-09-17T11:41 or --07-27.": "Hãy nhập ngày dạng 2023-09-18, 2023-09-17T11:41 hoặc --07-27.",
  "Publication date: use a date like 21/9/2023 10:15, 21/9/2023 or 2023-09-21.": "Ngày đăng: hãy nhập ngày dạng 21/9/2023 10:15, 21/9/2023 hoặc 2023-09-21.",
  "No such outlet profile.": "Không có hồ sơ trang báo này.",
  "Someone else changed this outlet profile in the meantime. Their version is shown; your changes are kept in the form.":
    "Người khác vừa sửa hồ sơ trang báo này. Phiên bản của họ đang hiển thị; thay đổi của bạn vẫn còn trong biểu mẫu.",
  "Use a language code such as vi or en.": "Hãy dùng mã ngôn ngữ như vi hoặc en.",
  "Use a web address starting with http:// or https://.": "Hãy nhập địa chỉ web bắt đầu bằng http:// hoặc https://.",
  "Unknown source.": "Nguồn không xác định.",
  "No such source.": "Không có nguồn này.",
  "Unknown suggestion.": "Không có gợi ý này.",
  "No such suggestion.": "Không có gợi ý này.",
  "This suggestion was already decided.": "Gợi ý này đã được quyết định rồi.",
  "Matching you started is still running. Wait for it to finish, then try again.": "Lượt dò khớp bạn đã chạy vẫn chưa xong. Hãy đợi xong rồi thử lại.",
  "Someone else saved this source in the meantime. Their version is shown; your changes are kept in the form.":
    "Người khác vừa lưu nguồn này. Phiên bản của họ đang hiển thị; thay đổi của bạn vẫn còn trong biểu mẫu.",
  "No article text was found.": "Không tìm thấy nội dung bài báo.",
  "Not found.": "Không tìm thấy.",
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
  "Choose materiel from the list.": "Hãy chọn khí tài trong danh sách.",
  "Use a year, a month or a day: 2023, 2023-09 or 2023-09-13.": "Hãy nhập năm, tháng hoặc ngày: 2023, 2023-09 hoặc 2023-09-13.",
  "The period cannot end before it starts.": "Khoảng thời gian không thể kết thúc trước khi bắt đầu.",
  "Unknown claim.": "Tuyên bố không xác định.",
  "Unknown kind.": "Loại không xác định.",
  "Unknown verdict.": "Kết luận không xác định.",
  "Unknown cursor.": "Con trỏ trang không hợp lệ.",
  "Use a whole number from 1 to 100.": "Hãy dùng số nguyên từ 1 đến 100.",
  "Too many requests. Wait a moment and try again.": "Quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại.",
  "Choose a stance.": "Hãy chọn lập trường.",
  "Choose what kind of claimant this is.": "Hãy chọn đây là cá nhân, cơ quan nhà nước, cơ quan báo chí hay khác.",
  "No claimant has this name. Choose one from the list, or add it as a new claimant with its kind.": "Chưa có người đưa ra nào tên này. Hãy chọn trong danh sách, hoặc thêm làm người đưa ra mới cùng loại của họ.",
  "You cannot deactivate your own account.": "Bạn không thể tự vô hiệu hoá tài khoản của mình.",
  "You cannot reset your own password here: change it on your password page.": "Bạn không thể tự đặt lại mật khẩu của mình ở đây: hãy đổi nó ở trang mật khẩu của bạn.",
  "This account is deactivated: reactivate it before resetting its password.": "Tài khoản này đã bị vô hiệu hoá: hãy kích hoạt lại trước khi đặt lại mật khẩu.",
  "Give the reference a title.": "Hãy đặt tiêu đề cho tài liệu.",
  "Use an address on the public web: this one names a machine on a local network.": "Hãy dùng một địa chỉ trên web công khai: địa chỉ này chỉ tới một máy trong mạng nội bộ.",
  "Use a date like 2023-09-18.": "Hãy nhập ngày dạng 2023-09-18.",
  "Choose the claim to link to.": "Hãy chọn tuyên bố để liên kết.",
  "Choose a link type.": "Hãy chọn kiểu liên kết.",
  "A claim cannot be linked to itself.": "Không thể liên kết một tuyên bố với chính nó.",
  "Write the claimant's name.": "Hãy viết tên người/cơ quan.",
  "A name cannot mix Latin, Cyrillic and Greek letters in one word: it would look like another name.":
    "Tên không được trộn chữ Latinh, Kirin và Hy Lạp trong cùng một từ: nó sẽ trông giống một tên khác.",
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
  "You created this change's requester (or reset their password), or they created yours: another admin must confirm it.": "Bạn đã tạo tài khoản của người đề nghị thay đổi này (hoặc đặt lại mật khẩu của họ), hoặc họ đã tạo tài khoản của bạn: một quản trị viên khác phải xác nhận.",
  "Another change to this admin's rights is asked: confirm or cancel it first.": "Một thay đổi khác về quyền của quản trị viên này đang được đề nghị: hãy xác nhận hoặc hủy nó trước.",
  "This request is no longer open.": "Đề nghị này không còn mở.",
  "You cancelled this admin's request to remove your rights before: another admin must cancel this one, or it applies after its hold.":
    "Bạn đã từng hủy đề nghị tước quyền của bạn do quản trị viên này đưa ra: một quản trị viên khác phải hủy đề nghị này, nếu không nó sẽ được áp dụng khi hết thời gian chờ.",
  "Only the account, its requester or another admin apart from the requester may cancel this request.": "Chỉ chính tài khoản, người đề nghị hoặc một quản trị viên khác độc lập với người đề nghị mới có thể hủy đề nghị này.",
  "Unknown request.": "Không rõ đề nghị.",
  "The request body is not valid JSON.": "Nội dung gửi lên không phải JSON hợp lệ.",
  "The request body is not a form.": "Nội dung gửi lên không phải một biểu mẫu.",
  "This request came from another site.": "Yêu cầu này đến từ một trang khác.",
  "The request body is too large.": "Nội dung gửi lên quá lớn.",
  "The two passwords differ.": "Hai mật khẩu không khớp.",
  "This is not your current password.": "Đây không phải mật khẩu hiện tại của bạn.",
  "Too many wrong passwords. Wait 15 minutes and try again.": "Nhập sai mật khẩu quá nhiều lần. Hãy đợi 15 phút rồi thử lại.",
  "Too many wrong passwords from your address. Wait a little and try again.": "Nhập sai mật khẩu quá nhiều lần từ địa chỉ của bạn. Hãy đợi một chút rồi thử lại.",
  "Too many failed sign-in attempts. Wait 15 minutes and try again.": "Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.",
  "Unknown account.": "Tài khoản không xác định.",
  "Wrong e-mail or password.": "Sai email hoặc mật khẩu.",
  "Your role does not allow this.": "Vai trò của bạn không được làm việc này.",
  "This claim already has an open proposal.": "Tuyên bố này đang có một đề xuất chờ duyệt.",
  "No such proposal.": "Không có đề xuất này.",
  "This proposal has already been decided.": "Đề xuất này đã được quyết định.",
  "The claim was edited after this proposal was made, so approving it would publish what no reviewer saw. Request changes so the proposer proposes again.":
    "Tuyên bố đã bị sửa sau khi đề xuất này được gửi, nên duyệt nó sẽ công bố nội dung chưa ai duyệt. Hãy yêu cầu chỉnh sửa để người đề xuất gửi lại.",
  "Unknown evidence.": "Bằng chứng không xác định.",
  "This claim already has this evidence with this stance.": "Tuyên bố này đã có bằng chứng này với lập trường này.",
  "Choose what you propose.": "Hãy chọn loại đề xuất.",
  "Choose a verdict.": "Hãy chọn kết luận.",
  "Write the summary.": "Hãy viết Tóm tắt.",
  "The summary needs at least 10 characters.": "Tóm tắt cần ít nhất 10 ký tự.",
  "The selection does not match its quote.": "Đoạn chọn không khớp với trích dẫn của nó.",
  "No such API path. The paths are listed in /api/v1/openapi.json.": "Không có đường dẫn API này. Các đường dẫn được liệt kê trong /api/v1/openapi.json.",
  "At most 74 characters: search engines cut anything longer.": "Tối đa 74 ký tự: công cụ tìm kiếm cắt bớt phần dài hơn.",
  "Write the rationale.": "Hãy viết Lập luận.",
  "The rationale needs at least 20 characters.": "Lập luận cần ít nhất 20 ký tự.",
  "A withdrawal carries no verdict.": "Rút lại thì không kèm kết luận.",
  "Write the reason for the change.": "Hãy nêu Lý do thay đổi.",
  "Tick the evidence the verdict relies on.": "Hãy đánh dấu mục Căn cứ vào bằng chứng.",
  "Choose evidence attached to this claim.": "Hãy chọn bằng chứng thuộc tuyên bố này.",
  "Unknown proposal.": "Đề xuất không xác định.",
  "Choose a decision.": "Hãy chọn quyết định.",
  "Write a note to the proposer: what to change or why it is rejected.": "Hãy viết Ghi chú cho người đề xuất: cần sửa gì hoặc vì sao bị từ chối.",
  "Only a draft can move to research.": "Chỉ bản nháp mới chuyển sang nghiên cứu được.",
  "Only a claim in research can be proposed for a verdict.": "Chỉ tuyên bố đang nghiên cứu mới được đề xuất kết luận.",
  "Only a published claim can be corrected or withdrawn.": "Chỉ tuyên bố đã công bố mới được đính chính hoặc rút lại.",
  "A denial must name the claim it denies: link this claim to that claim as “denies” before proposing.":
    "Lời phủ nhận phải chỉ rõ tuyên bố mà nó phủ nhận: hãy liên kết tuyên bố này với tuyên bố đó theo kiểu «phủ nhận» trước khi đề xuất.",
  "The claim this denial denies is not published yet, so the denial would be published without it: publish that claim first, then propose.":
    "Tuyên bố mà lời phủ nhận này phủ nhận chưa được công bố, nên lời phủ nhận sẽ được công bố một mình: hãy công bố tuyên bố đó trước rồi mới đề xuất.",
  "This denial names no published claim it denies, so approving it would publish it alone. Request changes: the claim it denies must be published first.":
    "Lời phủ nhận này không chỉ ra tuyên bố đã công bố nào mà nó phủ nhận, nên duyệt sẽ công bố nó một mình. Hãy yêu cầu sửa: tuyên bố bị phủ nhận phải được công bố trước.",
  "You cannot review your own proposal: a second person must.": "Bạn không thể duyệt đề xuất của chính mình: cần một người thứ hai.",
  "You cannot review this proposal: your account and its author's were created one by the other (or one's password reset by the other), so a second person must.":
    "Bạn không thể duyệt đề xuất này: tài khoản của bạn và của người đề xuất do một trong hai người tạo ra (hoặc đặt lại mật khẩu) cho người kia, nên cần một người thứ hai.",
  "You cannot review this proposal: your account and its author's were created by the same admin, and no other admin has confirmed either as held by its own person.":
    "Bạn không thể duyệt đề xuất này: tài khoản của bạn và của người đề xuất do cùng một quản trị viên tạo, và chưa quản trị viên nào khác xác nhận một trong hai tài khoản do chính chủ nắm giữ.",
  "This reviewer's account and the proposer's were created by the same admin and no other admin has confirmed either: choose someone else.":
    "Tài khoản của người duyệt này và của người đề xuất do cùng một quản trị viên tạo và chưa quản trị viên khác nào xác nhận: hãy chọn người khác.",
  "You created this account, reset its password, or hold an account up its chain: another admin must confirm it.":
    "Bạn đã tạo tài khoản này, đặt lại mật khẩu của nó, hoặc giữ tài khoản đã tạo ra nó: quản trị viên khác phải xác nhận.",
  "Your account and this one were created by the same hand, and no admin apart from both has confirmed yours as held by its own person: an admin created apart must confirm this one.":
    "Tài khoản của bạn và tài khoản này do cùng một người tạo, và chưa quản trị viên nào ngoài cả hai xác nhận tài khoản của bạn do chính chủ nắm giữ: một quản trị viên được tạo độc lập phải xác nhận tài khoản này.",
  "This account is already confirmed as held by its own person.": "Tài khoản này đã được xác nhận do chính chủ nắm giữ.",
  "This account was neither created nor had its password reset by an admin: there is nothing to confirm.": "Tài khoản này không do quản trị viên tạo hay đặt lại mật khẩu: không có gì để xác nhận.",
  "This reviewer's account and the proposer's were created one by the other (or one's password reset by the other): choose someone else.":
    "Tài khoản của người duyệt này và của người đề xuất do một trong hai người tạo ra (hoặc đặt lại mật khẩu) cho người kia: hãy chọn người khác.",
  "Under review — withdraw the proposal to edit.": "Đang chờ duyệt — rút đề xuất để sửa.",
  "A claim under review is linked to this one: merging it would change that claim's links under its reviewer. Wait for the review, or withdraw that proposal first.":
    "Một tuyên bố đang chờ duyệt có liên kết với tuyên bố này: gộp nó sẽ làm đổi liên kết của tuyên bố kia khi đang được duyệt. Hãy đợi duyệt xong, hoặc rút đề xuất đó trước.",
  "Only the person who proposed it, or an admin, can withdraw this proposal.": "Chỉ người đề xuất hoặc quản trị viên mới rút được đề xuất này.",
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
  // The claims a change to a shared record would reach, named (lib/claims/under-review.ts); one pass, no backtracking.
  [/^Under review — withdraw the proposal to edit: (.+)$/s, "Đang chờ duyệt — rút đề xuất để sửa: $1"],
  // A new claimant's name that only looks like another's (lib/claims/claimants.ts).
  [/^Looks like another claimant's name: (.+)$/s, "Trông giống tên của một người đưa ra khác: $1"],
  [/^Use a number of at most (-?[\d.]+)\.$/, "Hãy dùng một số không lớn hơn $1."],
  [/^Use a number of at least (-?[\d.]+)\.$/, "Hãy dùng một số không nhỏ hơn $1."],
];

export function localizeMessage(locale: Locale, message: string): string {
  if (locale !== "vi") return message;
  const exact = VI_MESSAGES[message];
  if (exact) return exact;
  const bound = localizeBoundMessage(locale, message);
  if (bound) return bound;
  for (const [pattern, replacement] of VI_PATTERNS) if (pattern.test(message)) return message.replace(pattern, replacement);
  return message;
}

#include "app/suggestions/suggestion_files.hpp"

#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "base/text.hpp"
#include "platform/crypto.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Actor;

namespace {

struct AllowedType {
  const char* extension;
  const char* content_type;
  std::string_view magic;
};

constexpr std::string_view kPdf = "%PDF-";
constexpr std::string_view kZip{"PK\x03\x04", 4};  // docx, xlsx, ofd are zip packages
constexpr std::string_view kOle{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};  // doc, xls
constexpr std::string_view kJpeg{"\xFF\xD8\xFF", 3};
constexpr std::string_view kPng{"\x89PNG\r\n\x1A\n", 8};

constexpr AllowedType kAllowed[] = {
    {"pdf", "application/pdf", kPdf},
    {"ofd", "application/ofd", kZip},
    {"doc", "application/msword", kOle},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", kZip},
    {"xls", "application/vnd.ms-excel", kOle},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kZip},
    {"jpg", "image/jpeg", kJpeg},
    {"jpeg", "image/jpeg", kJpeg},
    {"png", "image/png", kPng},
};

std::string extension_of(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string percent_encode(std::string_view s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Who may add files: the deputies while they write, everyone acting on it afterwards;
// leaders only read.
bool may_upload(const std::vector<Actor>& held, sg::State state) {
  if (state == sg::State::withdrawn || state == sg::State::not_accepted) return false;
  return std::any_of(held.begin(), held.end(), [](Actor a) { return a != Actor::leader; });
}

}  // namespace

std::string attachment_type(std::string_view file_name, std::string_view head) {
  const auto ext = extension_of(file_name);
  for (const auto& t : kAllowed)
    if (ext == t.extension) return head.starts_with(t.magic) ? t.content_type : "";
  return {};
}

Result<storage::AttachmentRow> upload_attachment(Env& env, const Caller& caller,
                                                 std::int64_t suggestion_id,
                                                 const std::string& file_name,
                                                 const std::string& bytes) {
  if (!env.files)
    return fail(ErrorCode::failed_precondition, "服务器未配置附件存储目录，暂不能上传附件");
  std::string name = file_name;
  if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
    name = name.substr(slash + 1);
  if (name.empty() || !valid_utf8(name) || utf8_length(name) > 100)
    return fail_fields({{"file_name", "请提供文件名（不超过 100 个字）"}});
  if (has_unsafe_chars(name))
    return fail_fields({{"file_name", "文件名不能包含换行、控制字符或文字方向控制符"}});
  if (bytes.empty()) return fail_fields({{"file", "文件是空的"}});
  if (bytes.size() > kMaxAttachmentBytes)
    return std::unexpected(Error{ErrorCode::payload_too_large, "附件不能超过 10 MB", {}, {}});
  const std::string type = attachment_type(name, bytes);
  if (type.empty())
    return std::unexpected(
        Error{ErrorCode::unsupported_media_type,
              "只能上传 PDF、OFD、Word、Excel、JPG、PNG 文件，且文件内容须与扩展名一致",
              {},
              {}});
  const std::string stored = env.random.hex_token(16);
  if (auto st = env.files->put(stored, bytes); !st) {
    Error e = st.error();
    return std::unexpected(Error{ErrorCode::internal, "附件保存失败", {}, e.message});
  }
  auto saved = write<storage::AttachmentRow>(
      env, caller, attempt("suggestion.attach", "suggestion", suggestion_id),
      [&](Tx& tx) -> Result<storage::AttachmentRow> {
        std::vector<Actor> held;
        DAIBIAO_TRY(auto rec, load_visible(tx.db(), caller.principal, suggestion_id, held));
        const auto state = sg::parse_state(rec.row.state).value_or(sg::State::none);
        if (!may_upload(held, state))
          return fail(ErrorCode::permission_denied, "当前不能为该建议上传附件");
        storage::AttachmentRow a{.suggestion_id = suggestion_id,
                                 .file_name = name,
                                 .stored_name = stored,
                                 .content_type = type,
                                 .size_bytes = static_cast<std::int64_t>(bytes.size()),
                                 .sha256 = platform::sha256_hex(bytes),
                                 .uploaded_by = caller.principal.user_id,
                                 .created_at = tx.now()};
        auto id = storage::insert_attachment(tx.db(), a);
        if (!id) return std::unexpected(id.error());
        a.id = *id;
        if (auto st = tx.audit({.action = "suggestion.attach",
                                .object_type = "suggestion",
                                .object_id = std::to_string(suggestion_id),
                                .org_node_id = rec.row.org_node_id,
                                .changes = {{"file_name", std::nullopt, name, false},
                                            {"sha256", std::nullopt, a.sha256, false}}});
            !st)
          return std::unexpected(st.error());
        return a;
      });
  if (!saved) (void)env.files->remove(stored);  // nothing refers to it
  return saved;
}

Result<Download> download_attachment(Env& env, const Caller& caller, std::int64_t suggestion_id,
                                     std::int64_t attachment_id) {
  DAIBIAO_TRY(auto row, read<storage::AttachmentRow>(
                            env, [&](storage::Connection& c) -> Result<storage::AttachmentRow> {
                              std::vector<Actor> held;
                              auto rec = load_visible(c, caller.principal, suggestion_id, held);
                              if (!rec) return std::unexpected(rec.error());
                              return storage::find_attachment(c, suggestion_id, attachment_id);
                            }));
  if (!env.files) return fail(ErrorCode::internal, "附件文件缺失");
  auto bytes = env.files->open(row.stored_name);
  if (!bytes) {
    if (bytes.error().code == ErrorCode::not_found)
      return fail(ErrorCode::internal, "附件文件缺失");
    return std::unexpected(bytes.error());
  }
  return Download{std::move(*bytes), percent_encode(row.file_name)};
}

}  // namespace daibiao::app

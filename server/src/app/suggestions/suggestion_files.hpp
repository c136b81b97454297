// Attachments of suggestions (附件): pdf, ofd, doc(x), xls(x), jpg and png only, checked by
// magic bytes as well as by extension, at most 10 MiB, stored under random names in
// Config::files_dir (outside the web root) and served only as downloads to the item's parties.
#pragma once

#include <string>
#include <string_view>

#include "app/use_case.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::app {

constexpr std::size_t kMaxAttachmentBytes = 10 * 1024 * 1024;

// The content type for a file named `file_name` whose bytes start with `head`, or "" when the
// type is not allowed or the bytes do not match the extension.
std::string attachment_type(std::string_view file_name, std::string_view head);

Result<storage::AttachmentRow> upload_attachment(Env&, const Caller&, std::int64_t suggestion_id,
                                                 const std::string& file_name,
                                                 const std::string& bytes);

struct Download {
  std::string bytes;
  std::string encoded_name;  // RFC 5987 percent-encoded UTF-8 file name
};
Result<Download> download_attachment(Env&, const Caller&, std::int64_t suggestion_id,
                                     std::int64_t attachment_id);

}  // namespace daibiao::app

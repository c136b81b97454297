#include "platform/collation.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace daibiao::platform {
namespace {

// ICU collators are not safe to share between threads: one per thread.
icu::Collator& collator() {
  thread_local std::unique_ptr<icu::Collator> c = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !made) throw std::runtime_error("ICU zh collator unavailable");
    return made;
  }();
  return *c;
}

}  // namespace

std::string pinyin_sort_key(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::vector<uint8_t> key(64);
  int32_t len = collator().getSortKey(text, key.data(), static_cast<int32_t>(key.size()));
  if (len > static_cast<int32_t>(key.size())) {
    key.resize(len);
    len = collator().getSortKey(text, key.data(), len);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (int32_t i = 0; i + 1 < len; ++i) {  // drop the trailing 0 terminator
    out.push_back(kHex[key[i] >> 4]);
    out.push_back(kHex[key[i] & 15]);
  }
  return out;
}

}  // namespace daibiao::platform

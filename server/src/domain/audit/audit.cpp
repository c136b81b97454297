#include "domain/audit/audit.hpp"

#include <algorithm>

#include "base/json_text.hpp"

namespace daibiao::audit {
namespace {

void append_field(std::string& out, std::string_view s) {
  out += std::to_string(s.size());
  out.push_back(':');
  out.append(s);
  out.push_back('|');
}

}  // namespace

std::string mask_personal(std::string_view value) {
  // Work on characters, not bytes: a Chinese name must stay valid UTF-8 ("王*明").
  std::vector<std::string_view> chars;
  bool ascii = true;
  for (std::size_t i = 0; i < value.size();) {
    std::size_t len = 1;
    const unsigned char c = value[i];
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    ascii = ascii && len == 1;
    len = std::min(len, value.size() - i);
    chars.push_back(value.substr(i, len));
    i += len;
  }
  // ID numbers keep 6 + 4, phones 3 + 4 (the display convention); names and the rest keep
  // the first character and, from three characters on, the last.
  std::size_t head = 1, tail = chars.size() >= 3 ? 1 : 0;
  if (ascii && (chars.size() == 18 || chars.size() == 15))
    head = 6, tail = 4;
  else if (ascii && chars.size() == 11)
    head = 3, tail = 4;
  if (chars.size() <= head + tail) return std::string(chars.size(), '*');
  std::string out;
  for (std::size_t i = 0; i < chars.size(); ++i)
    out += (i < head || i >= chars.size() - tail) ? std::string(chars[i]) : std::string("*");
  return out;
}

std::string changes_json(const std::vector<FieldChange>& changes) {
  std::string out = "[";
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const FieldChange& c = changes[i];
    if (i) out.push_back(',');
    out += "{\"field\":";
    append_json_string(out, c.field);
    auto put = [&](const char* key, const std::optional<std::string>& v) {
      out += ",\"";
      out += key;
      out += "\":";
      if (!v)
        out += "null";
      else
        append_json_string(out, c.personal ? mask_personal(*v) : *v);
    };
    put("before", c.before);
    put("after", c.after);
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

std::string canonical_bytes(const Record& r) {
  std::string out;
  append_field(out, std::to_string(r.seq));
  append_field(out, std::to_string(r.at));
  append_field(out, r.actor.user_id ? std::to_string(*r.actor.user_id) : "");
  append_field(out, r.actor.name);
  append_field(out, r.actor.role);
  append_field(out, r.actor.org_node_id ? std::to_string(*r.actor.org_node_id) : "");
  append_field(out, r.actor.ip);
  append_field(out, r.actor.request_id);
  append_field(out, r.action);
  append_field(out, r.object_type);
  append_field(out, r.object_id);
  append_field(out, r.outcome);
  append_field(out, r.changes);
  append_field(out, r.prev_hash);
  return out;
}

std::optional<TimeMs> retention_cutoff(TimeMs now, int days) {
  if (days < kMinRetentionDays) return std::nullopt;
  return now - static_cast<TimeMs>(days) * 24 * 60 * 60 * 1000;
}

}  // namespace daibiao::audit

#include "domain/audit/audit.hpp"

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
  if (value.empty()) return {};
  // ID numbers keep 6 + 4, phones 3 + 4 (the display convention); others keep 1 + 1.
  std::size_t head = 1, tail = 1;
  if (value.size() == 18 || value.size() == 15)
    head = 6, tail = 4;
  else if (value.size() == 11)
    head = 3, tail = 4;
  if (value.size() <= head + tail) return std::string(value.size(), '*');
  return std::string(value.substr(0, head)) + std::string(value.size() - head - tail, '*') +
         std::string(value.substr(value.size() - tail));
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

}  // namespace daibiao::audit

#include "http/handlers/to_json.hpp"

#include "app/people/account_service.hpp"

#include <boost/json.hpp>

#include "domain/access/permissions.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {

namespace {
boost::json::value opt(const std::optional<std::int64_t>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
}  // namespace

boost::json::object to_json(const org::Node& n) {
  return {{"id", n.id},
          {"code", n.code},
          {"name", n.name},
          {"level", org::level_name(n.level)},
          {"level_title", org::level_title_zh(n.level)},
          {"parent_id", opt(n.parent_id)},
          {"path", n.path},
          {"committee_name", n.committee_name},
          {"version", n.version},
          {"created_at", iso_time(n.created_at)},
          {"updated_at", iso_time(n.updated_at)}};
}

boost::json::object to_json(const org::Unit& u) {
  return {{"id", u.id},
          {"org_node_id", u.org_node_id},
          {"code", u.code},
          {"name", u.name},
          {"kind", u.kind},
          {"active", u.active},
          {"version", u.version},
          {"created_at", iso_time(u.created_at)},
          {"updated_at", iso_time(u.updated_at)}};
}

boost::json::object to_json(const org::Term& t) {
  return {{"id", t.id},
          {"org_node_id", t.org_node_id},
          {"number", t.number},
          {"title", org::chinese_number(t.number) + "届"},
          {"start_date", t.start_date},
          {"end_date", t.end_date},
          {"version", t.version},
          {"created_at", iso_time(t.created_at)},
          {"updated_at", iso_time(t.updated_at)}};
}

boost::json::object to_json(const org::Session& s) {
  return {{"id", s.id},
          {"term_id", s.term_id},
          {"number", s.number},
          {"title", org::chinese_number(s.number) + "次会议"},
          {"opens_on", s.opens_on},
          {"version", s.version},
          {"created_at", iso_time(s.created_at)},
          {"updated_at", iso_time(s.updated_at)}};
}

boost::json::object to_json(const people::Account& a) {
  return {{"id", a.id},
          {"username", a.username},
          {"display_name", a.display_name},
          {"org_node_id", a.org_node_id},
          {"unit_id", opt(a.unit_id)},
          {"person_id", opt(a.person_id)},
          {"active", a.active},
          {"locked_until", a.locked_until ? boost::json::value(iso_time(a.locked_until))
                                          : boost::json::value(nullptr)},
          {"version", a.version},
          {"created_at", iso_time(a.created_at)},
          {"updated_at", iso_time(a.updated_at)}};
}

boost::json::object to_json(const storage::GrantRow& g) {
  return {{"id", g.id},
          {"user_id", g.user_id},
          {"role", access::role_name(g.role)},
          {"role_title", access::role_title_zh(g.role)},
          {"org_node_id", g.org_node_id},
          {"org_name", g.org_name},
          {"created_at", iso_time(g.created_at)}};
}

boost::json::object to_json(const audit::Record& r) {
  boost::system::error_code ec;
  boost::json::value changes = boost::json::parse(r.changes, ec);
  if (ec) changes = boost::json::array();
  return {{"seq", r.seq},
          {"at", iso_time(r.at)},
          {"actor_id", opt(r.actor.user_id)},
          {"actor_name", r.actor.name},
          {"role", r.actor.role},
          {"org_node_id", opt(r.actor.org_node_id)},
          {"ip", r.actor.ip},
          {"request_id", r.actor.request_id},
          {"action", r.action},
          {"object_type", r.object_type},
          {"object_id", r.object_id},
          {"outcome", r.outcome},
          {"changes", std::move(changes)},
          {"hash", r.hash}};
}

}  // namespace daibiao::http

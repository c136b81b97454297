// Response shapes of domain objects. Field names match api/openapi.yaml.
#pragma once

#include <boost/json/object.hpp>

#include "domain/audit/audit.hpp"
#include "domain/org/org.hpp"
#include "domain/people/account.hpp"

namespace daibiao::storage {
struct GrantRow;
}  // namespace daibiao::storage

namespace daibiao::http {

boost::json::object to_json(const org::Node& n);
boost::json::object to_json(const org::Unit& u);
boost::json::object to_json(const org::Term& t);
boost::json::object to_json(const org::Session& s);
boost::json::object to_json(const people::Account& a);  // never the password hash
boost::json::object to_json(const storage::GrantRow& g);
boost::json::object to_json(const audit::Record& r);

}  // namespace daibiao::http

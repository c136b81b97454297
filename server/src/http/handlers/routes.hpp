// Every route of the API, registered by area. api/openapi.yaml documents exactly these;
// tests/api checks the two agree.
#pragma once

#include "http/router.hpp"

namespace daibiao::http {

void add_health_routes(Router& r);   // /healthz /readyz /metrics
void add_auth_routes(Router& r);     // /api/v1/auth/...
void add_org_routes(Router& r);      // /api/v1/org/...
void add_account_routes(Router& r);  // /api/v1/users, /api/v1/grants, /api/v1/access/roles
void add_audit_routes(Router& r);    // /api/v1/audit/...
void add_deputy_routes(Router& r);   // /api/v1/deputies, /api/v1/mandates
// /api/v1/suggestions
void add_suggestion_routes(Router& r);
// /api/v1/notifications, /api/v1/suggestions/{id}/messages
void add_messaging_routes(Router& r);
// /api/v1/calendar/{year}
void add_calendar_routes(Router& r);
// /api/v1/supervision/draws (随机抽样点评)
void add_sampling_routes(Router& r);
// /api/v1/supervision/clearing (清零行动)
void add_clearing_routes(Router& r);
// /api/v1/supervision/meetings (五到场办理会)
void add_meeting_routes(Router& r);
// /api/v1/supervision/leaders, /items/{id}/leader, /coverage (领衔督办全覆盖)
void add_leader_routes(Router& r);
// /api/v1/supervision/key-topics (重点督办)
void add_key_topic_routes(Router& r);
// /api/v1/supervision/funds, /funding, /items/{id}/funding (经费保障)
void add_funding_routes(Router& r);
// /api/v1/supervision/awards (评选表彰)
void add_award_routes(Router& r);
// /api/v1/supervision/scorecards (承办单位考评)
void add_scorecard_routes(Router& r);
// /api/v1/figures (统计): the figures of suggestion handling and their drill-downs
void add_figure_routes(Router& r);

// All of the above.
Router build_router();

// Installed by main: the /metrics and /readyz handlers need the pipeline and database.
struct HealthSources {
  std::function<std::string()> metrics_text;
  std::function<bool()> database_ready;
  // /metrics answers loopback clients, and others only with `Authorization: Bearer <token>`
  // when a token is set; everyone else gets 404.
  std::string metrics_token;
};
void set_health_sources(HealthSources sources);

}  // namespace daibiao::http

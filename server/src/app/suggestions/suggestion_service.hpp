// Use cases of suggestion handling (代表建议办理). Every workflow step goes through one
// pipeline, act() (suggestion_workflow.cpp): load the item the caller may see → their
// relations to it → the request as domain input (suggestion_input) → the facts decide()
// needs (suggestion_facts) → decide() (the pure transition table) → apply the decision's
// effects (suggestion_effects) and clocks (suggestion_clocks) → timeline event, audit record
// and notifications, worded in suggestion_texts, in the same transaction.
//
// Visibility: an item exists for a caller only as domain/suggestions/visibility.hpp says
// (drafts only for the lead deputy and invited co-signers). Anything else is not_found.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/calendar/calendar_service.hpp"
#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "domain/suggestions/workflow.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::app {

// The rules in force: the national defaults with the working-day calendar of the congress
// `org_node_id` (app/calendar: the base calendar, then each congress from the root down to
// it). Without one, the root congress's calendar.
Result<suggestions::Rules> load_rules(storage::Connection& c,
                                      std::optional<std::int64_t> org_node_id = std::nullopt);

// The rules one item runs under: its congress's, or their urgent form (Rules::for_urgent)
// for a 急件 — copied only then.
class ItemRules {
 public:
  ItemRules(const suggestions::Rules& congress, const storage::SuggestionRow& s)
      : congress_(congress) {
    if (s.urgent) urgent_ = congress.for_urgent();
  }
  const suggestions::Rules& get() const { return urgent_ ? *urgent_ : congress_; }

 private:
  const suggestions::Rules& congress_;
  std::optional<suggestions::Rules> urgent_;
};

struct DraftInput {
  std::int64_t session_id = 0;
  std::string title, body, category;
  bool is_public = false;
  bool urgent = false;    // 急件
  std::string raised_in;  // "session" (大会期间, the default) or "recess" (闭会期间)
  std::optional<std::int64_t> lead_person_id;  // set: staff enter a paper suggestion (代录)
  // Set: a retry with the same key (by the same account) returns the suggestion the first
  // request created instead of creating another (flaky phone networks).
  std::string idempotency_key;
};

struct DraftPatch {
  std::int64_t version = 0;
  std::optional<std::string> title, body, category, raised_in;
  std::optional<bool> is_public, urgent;
};

struct CommitmentInput {
  std::string what, due_on;
};

// The body of POST /suggestions/{id}/actions/{action}; which fields count depends on the
// action (docs/suggestions.md, "Action inputs").
struct ActionRequest {
  std::int64_t version = 0;
  std::string reason, reason_code, note, category, mode, method, contact_on, summary, answer_class,
      body, rating, comment, until, result;
  std::vector<std::int64_t> person_ids, merge_with, co_unit_ids, unit_ids;
  std::optional<std::int64_t> star_level, lead_unit_id, unit_id, commitment_id;
  std::optional<bool> urgent;  // classify: the committee marks (or clears) 急件
  bool done = false;
  std::vector<CommitmentInput> commitments;
};

// An item as one caller sees it.
struct SuggestionView {
  storage::SuggestionRecord record;
  std::vector<suggestions::Actor> relations;
  // The caller's buttons, in action order: enabled (the action succeeds once its form is
  // filled in validly) or disabled with the reason (domain: offers()).
  std::vector<suggestions::Offer> offers;
  std::vector<suggestions::DeadlineFlags> clock_flags;  // parallel to record.clocks
  suggestions::DeadlineFlags flags;                     // of next_due_on (all false without)
  bool replayed = false;  // create: the Idempotency-Key was used before; nothing new was made
};

// A row of the board with its flags of today.
struct SuggestionSummary {
  storage::SuggestionRow row;
  suggestions::DeadlineFlags flags;
  bool has_due = false;
};

Result<SuggestionView> create_suggestion(Env&, const Caller&, const DraftInput&);
Result<SuggestionView> get_suggestion(Env&, const Caller&, std::int64_t id);
Result<SuggestionView> update_draft(Env&, const Caller&, std::int64_t id, const DraftPatch&);
Result<SuggestionView> act(Env&, const Caller&, std::int64_t id, suggestions::Action action,
                           const ActionRequest&);

struct BatchItem {
  std::int64_t id = 0, version = 0;
};
// 交办会: assigns every item the same way in one transaction; all or nothing (the first
// failure names the item).
Result<int> batch_assign(Env&, const Caller&, const std::vector<BatchItem>& items,
                         const ActionRequest& assignment);

// Extra filters beside the list spec's: unit_id (any unit on the item), flag (due_soon |
// overdue | very_overdue), box (mine | unit | review).
Result<ListResult<SuggestionSummary>> list_suggestions(Env&, const Caller&,
                                                       storage::ListRequest req);
Status record_suggestion_export(Env&, const Caller&, const std::string& filters, std::int64_t rows);

struct SessionOption {
  std::int64_t id = 0, org_node_id = 0;
  std::string title;
};
struct UnitOption {
  std::int64_t id = 0;
  std::string name;
};
struct SuggestionOptions {
  suggestions::Rules rules;
  std::vector<SessionOption> sessions;  // where the caller may draft or enter suggestions
  std::vector<UnitOption> units;        // what the caller may assign to
};
Result<SuggestionOptions> suggestion_options(Env&, const Caller&);

struct PersonOption {
  std::int64_t person_id = 0;
  std::string name, delegation;
};
// Deputies serving in the session's term (co-signer and 代录 pickers), by pinyin order.
Result<std::vector<PersonOption>> session_people(Env&, const Caller&, std::int64_t session_id,
                                                 const std::string& q);

// Writes reminders of running clocks that are due soon or overdue, once per clock and flag.
// Returns how many notifications were written. Safe to run on several nodes at once.
Result<int> send_due_reminders(Env&);

// 未反馈: an answered item whose lead deputy let the evaluation window lapse is moved on by
// rule — the step staff would take (close: 跟踪落实 while commitments are open, else 办结),
// taken by the system with the reason "代表在评价期限内未反馈", so nothing waits on 待评价 for
// months. The deputy and the lead unit are told. One transaction per item; returns how
// many moved. Safe to run on several nodes at once (a moved item no longer qualifies).
Result<int> close_lapsed_evaluations(Env&);

// For other areas' use cases, inside their transaction `tx` (whose caller they authorised):
//
// 督办重办 on suggestion `id` with `reason`, as the committee (liaison staff) — the workflow
// step with its timeline, notifications and audit. Returns false, changing nothing, when the
// item is not answered, in follow-up or closed (still being handled, or handled again already).
Result<bool> order_rehandling(Tx& tx, std::int64_t id, const std::string& reason);
// Tells the lead unit's officers and the lead deputy of suggestion `id` (kind: the
// notification's kind, e.g. "sampling_review").
Status notify_item_parties(Tx& tx, std::int64_t id, const std::string& kind,
                           const std::string& title, const std::string& body);
// Adds a step to the timeline of suggestion `rec` that leaves its state as it is: `action`
// (another area's step name, e.g. "meeting_held"), by the caller acting in `relation`.
Status add_item_step(Tx& tx, const storage::SuggestionRow& rec, suggestions::Actor relation,
                     std::string_view action, const std::string& detail);

}  // namespace daibiao::app

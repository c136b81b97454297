// Schema parity (issue 10): after `migrate`, SQLite and PostgreSQL describe the same schema —
// tables, columns (normalised type, NOT NULL, default, auto-numbering), primary keys, unique
// constraints, foreign keys and indexes. The rules of the normalisation and the reasons for
// each allowlisted difference are in docs/schema-parity.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "storage/db.hpp"
#include "storage/jobs/lease_store.hpp"
#include "storage/migrate.hpp"
#include "support/test_db.hpp"

namespace daibiao::storage {
namespace {

using testing::TestDatabase;

// A schema as key → description. Keys name one thing ("users.id", "users index users_org",
// "users foreign key (org_node_id)"); values describe it ("int not null auto"). Two schemas
// agree when they have the same keys with the same values.
using Schema = std::map<std::string, std::string>;

// Differences that are inherent to the two databases and harmless, each with its reason.
// An entry that no longer matches a difference fails the test, so the list cannot rot.
struct Allowed {
  std::string key;
  std::string reason;
};
const std::vector<Allowed> kAllowed = {};

// Created by migrate.cpp from one shared statement (not by the migrations), and in SQLite its
// BIGINT PRIMARY KEY is not a rowid alias, so it may hold NULL there: never compared, by design.
constexpr std::string_view kBookkeeping = "schema_migrations";

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

std::string upper(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return s;
}

std::string trim(std::string_view s) {
  const auto space = [](char ch) { return std::isspace(static_cast<unsigned char>(ch)) != 0; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::string join(const std::vector<std::string>& parts, std::string_view sep = ", ") {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  out.push_back(cur);
  return out;
}

// The position of the ')' closing the '(' at `open` (string literals skipped), or npos.
std::size_t matching_paren(const std::string& s, std::size_t open) {
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\'') quoted = !quoted;
    if (quoted) continue;
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i;
  }
  return std::string::npos;
}

bool identifier_char(char ch) {
  return std::isalnum(static_cast<unsigned char>(ch)) != 0 || ch == '_';
}

// An index expression, a partial-index predicate or a column default in one spelling:
// PostgreSQL's casts (0::bigint, ''::text) and identifier quotes dropped, parentheses around
// one token or around the whole dropped, whitespace collapsed, ", " after commas, lower case
// outside string literals. Grouping parentheses inside are kept, so a different grouping is a
// difference.
std::string normalise_expr(std::string_view in) {
  static const std::regex cast(
      R"(::\s*[A-Za-z_]+( varying| precision| without time zone| with time zone)?(\[\])?)");
  const std::string s = std::regex_replace(std::string(in), cast, "");
  std::string out;
  bool quoted = false;
  for (char ch : s) {
    if (ch == '\'') quoted = !quoted;
    if (!quoted && ch == '"') continue;
    if (!quoted && std::isspace(static_cast<unsigned char>(ch))) {
      if (!out.empty() && out.back() != ' ' && out.back() != '(') out += ' ';
      continue;
    }
    if (!quoted && (ch == ')' || ch == ',') && !out.empty() && out.back() == ' ') out.pop_back();
    out += quoted ? ch : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!quoted && ch == ',') out += ' ';
  }
  out = trim(out);
  // (token) → token, unless it is a call such as f(x).
  for (std::size_t i = 0; (i = out.find('(', i)) != std::string::npos;) {
    const std::size_t close = matching_paren(out, i);
    if (close == std::string::npos) break;
    const std::string inner = out.substr(i + 1, close - i - 1);
    const bool call = i > 0 && identifier_char(out[i - 1]);
    const bool token = !inner.empty() && inner.find_first_of(" ,()") == std::string::npos;
    if (!call && token) {
      out = out.substr(0, i) + inner + out.substr(close + 1);
    } else {
      ++i;
    }
  }
  while (out.size() > 1 && out.front() == '(' && matching_paren(out, 0) == out.size() - 1)
    out = trim(out.substr(1, out.size() - 2));
  return out;
}

// A default: as an expression, with a quoted number ('-1'::integer in PostgreSQL) unquoted.
std::string normalise_default(std::string_view in) {
  std::string d = normalise_expr(in);
  static const std::regex quoted_number(R"('(-?[0-9]+(\.[0-9]+)?)')");
  if (std::regex_match(d, quoted_number)) d = d.substr(1, d.size() - 2);
  return d;
}

// Type classes. Integers are 64-bit on both sides (SQLite INTEGER; PostgreSQL BIGINT, BIGSERIAL,
// identity), so a narrower PostgreSQL integer is its own class (int32/int16): a millisecond time
// or an id in it would overflow where SQLite would not. Flags are integers 0/1 on both sides
// (storage/db.hpp): BOOLEAN is its own class "bool", so a BOOLEAN on one side only is reported.
std::string sqlite_type_class(const std::string& declared) {
  const std::string t = upper(declared);
  const auto has = [&](const char* part) { return t.find(part) != std::string::npos; };
  if (has("BOOL")) return "bool";
  if (has("INT")) return "int";  // SQLite's affinity rules, in their order
  if (has("CHAR") || has("CLOB") || has("TEXT")) return "text";
  if (t.empty() || has("BLOB")) return "blob";
  if (has("REAL") || has("FLOA") || has("DOUB")) return "real";
  return "numeric";
}

std::string pg_type_class(const std::string& data_type) {
  static const std::map<std::string, std::string> classes = {
      {"bigint", "int"},
      {"integer", "int32"},
      {"smallint", "int16"},
      {"text", "text"},
      {"character varying", "text"},
      {"character", "text"},
      {"double precision", "real"},
      {"real", "real"},
      {"bytea", "blob"},
      {"boolean", "bool"},
      {"numeric", "numeric"},
  };
  auto it = classes.find(data_type);
  return it == classes.end() ? "pg " + data_type : it->second;
}

std::string column_value(const std::string& type, bool not_null, bool auto_number,
                         const std::optional<std::string>& default_value) {
  std::string v = type;
  if (not_null) v += " not null";
  if (auto_number) v += " auto";
  if (default_value) v += " default " + normalise_default(*default_value);
  return v;
}

std::string action_name(std::string a) {
  static const std::map<std::string, std::string> pg = {{"a", "no action"},
                                                        {"r", "restrict"},
                                                        {"c", "cascade"},
                                                        {"n", "set null"},
                                                        {"d", "set default"}};
  if (auto it = pg.find(a); it != pg.end()) return it->second;
  return lower(a);  // SQLite spells them out: "NO ACTION", "CASCADE"…
}

std::string index_value(bool unique, const std::vector<std::string>& items,
                        const std::string& where, const std::string& method = "btree") {
  std::vector<std::string> norm;
  for (const auto& item : items) norm.push_back(normalise_expr(item));
  std::string v = (unique ? "unique (" : "(") + join(norm) + ")";
  if (method != "btree") v += " using " + method;
  if (!trim(where).empty()) v += " where " + normalise_expr(where);
  return v;
}

// The key items and the WHERE clause of "CREATE [UNIQUE] INDEX n ON t (a, f(b) DESC) WHERE p".
struct IndexSql {
  std::vector<std::string> items;
  std::string where;
};

IndexSql parse_index_sql(const std::string& sql) {
  IndexSql out;
  const std::size_t open = sql.find('(');
  const std::size_t close = open == std::string::npos ? open : matching_paren(sql, open);
  if (close == std::string::npos) return out;
  int depth = 0;
  bool quoted = false;
  std::string cur;
  for (std::size_t i = open + 1; i < close; ++i) {
    const char ch = sql[i];
    if (ch == '\'') quoted = !quoted;
    if (!quoted && ch == '(') ++depth;
    if (!quoted && ch == ')') --depth;
    if (!quoted && depth == 0 && ch == ',') {
      out.items.push_back(trim(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  out.items.push_back(trim(cur));
  const std::string rest = sql.substr(close + 1);
  if (auto w = upper(rest).find("WHERE"); w != std::string::npos)
    out.where = trim(rest.substr(w + 5));
  return out;
}

// An index item without its sort order: the order is described separately.
std::string without_order(std::string item) {
  for (const char* suffix : {" DESC", " ASC"}) {
    if (upper(item).ends_with(suffix)) item = trim(item.substr(0, item.size() - strlen(suffix)));
  }
  return item;
}

void must(const Status& st, const char* what) {
  if (!st) throw std::runtime_error(std::string(what) + ": " + st.error().log_detail);
}

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) throw std::runtime_error(std::string(what) + ": " + r.error().log_detail);
  return std::move(*r);
}

// Database::read and write are not exception-safe (the transaction and the pooled connection
// stay open), so what `must` throws inside them comes out as an error instead.
Status guarded(const std::function<void()>& body) {
  try {
    body();
    return {};
  } catch (const std::exception& e) {
    return fail(ErrorCode::internal, "catalog", e.what());
  }
}

Schema describe_sqlite(Database& db) {
  Schema out;
  must(db.read([&](Connection& c) {
    return guarded([&] {
      auto tables = must(c.query("SELECT type, name, sql FROM sqlite_master "
                                 "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' "
                                 "ESCAPE '\\' ORDER BY name"),
                         "sqlite tables");
      for (const Row& t : tables) {
        const std::string table = t.text(1);
        if (table == kBookkeeping) continue;
        const std::string sql = upper(t.text(2));
        const bool without_rowid = sql.find("WITHOUT ROWID") != std::string::npos;
        const bool autoincrement = sql.find("AUTOINCREMENT") != std::string::npos;
        out["table " + table] = t.text(0);

        auto cols = must(c.query("SELECT name, type, \"notnull\", dflt_value, pk "
                                 "FROM pragma_table_info(?) ORDER BY cid",
                                 {table}),
                         "sqlite columns");
        std::map<std::int64_t, std::string> pk;
        for (const Row& col : cols)
          if (col.i64(4) > 0) pk[col.i64(4)] = col.text(0);
        for (const Row& col : cols) {
          // INTEGER PRIMARY KEY is the rowid: never NULL. Any other PRIMARY KEY column of a rowid
          // table may hold NULL in SQLite unless it is declared NOT NULL (a SQLite quirk).
          const bool rowid_alias = !without_rowid && pk.size() == 1 && col.i64(4) == 1 &&
                                   upper(col.text(1)) == "INTEGER";
          const bool not_null = col.i64(2) != 0 || rowid_alias || (without_rowid && col.i64(4) > 0);
          out[table + "." + col.text(0)] =
              column_value(sqlite_type_class(col.text(1)), not_null, rowid_alias && autoincrement,
                           col.opt_text(3));
        }
        if (!pk.empty()) {
          std::vector<std::string> names;
          for (const auto& [pos, name] : pk) names.push_back(name);
          out[table + " primary key"] = "(" + join(names) + ")";
        }
        if (t.text(0) != "table") continue;

        auto fks = must(c.query("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                "FROM pragma_foreign_key_list(?) ORDER BY id, seq",
                                {table}),
                        "sqlite foreign keys");
        std::map<std::int64_t, std::vector<const Row*>> by_id;
        for (const Row& fk : fks) by_id[fk.i64(0)].push_back(&fk);
        for (const auto& [id, rows] : by_id) {
          const std::string parent = rows.front()->text(1);
          std::vector<std::string> from, to;
          for (const Row* r : rows) {
            from.push_back(r->text(2));
            if (!r->is_null(3)) to.push_back(r->text(3));
          }
          if (to.empty()) {  // REFERENCES parent without columns: the parent's primary key
            auto ppk = must(
                c.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", {parent}),
                "sqlite parent key");
            for (const Row& p : ppk) to.push_back(p.text(0));
          }
          std::string key = table + " foreign key (" + join(from) + ")";
          while (out.contains(key)) key += "'";
          out[key] = parent + "(" + join(to) + ") on delete " + action_name(rows.front()->text(5)) +
                     " on update " + action_name(rows.front()->text(4));
        }

        auto indexes =
            must(c.query("SELECT l.name, l.\"unique\", l.origin, m.sql "
                         "FROM pragma_index_list(?) l "
                         "LEFT JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name",
                         {table}),
                 "sqlite indexes");
        for (const Row& ix : indexes) {
          const std::string name = ix.text(0), origin = ix.text(2);
          if (origin == "pk") continue;  // the primary key, described above
          auto keys = must(c.query("SELECT name, \"desc\" FROM pragma_index_xinfo(?) "
                                   "WHERE key = 1 ORDER BY seqno",
                                   {name}),
                           "sqlite index columns");
          const IndexSql parsed = parse_index_sql(ix.text(3));
          std::vector<std::string> items;
          for (std::size_t i = 0; i < keys.size(); ++i) {
            // An expression has no column name: its text comes from the CREATE INDEX statement.
            std::string item =
                keys[i].is_null(0)
                    ? (i < parsed.items.size() ? without_order(parsed.items[i]) : "?")
                    : keys[i].text(0);
            if (keys[i].i64(1) != 0) item += " desc";
            items.push_back(item);
          }
          if (origin == "u") {
            out[table + " " + index_value(true, items, "")] = "constraint";
          } else {
            out[table + " index " + name] = index_value(ix.i64(1) != 0, items, parsed.where);
          }
        }
      }
    });
  }),
       "read sqlite catalog");
  return out;
}

Schema describe_postgres(Database& db) {
  Schema out;
  must(db.read([&](Connection& c) {
    return guarded([&] {
      auto tables = must(c.query(R"(
        SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                              ELSE 'table' END, c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm'))"),
                         "pg tables");
      for (const Row& t : tables)
        if (t.text(1) != kBookkeeping) out["table " + t.text(1)] = t.text(0);

      auto cols = must(c.query(R"(
        SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
        FROM information_schema.columns WHERE table_schema = current_schema())"),
                       "pg columns");
      for (const Row& col : cols) {
        if (col.text(0) == kBookkeeping) continue;
        std::optional<std::string> dflt = col.opt_text(4);
        const bool serial = dflt && dflt->starts_with("nextval(");
        const bool auto_number = col.text(5) == "YES" || serial;
        if (serial) dflt.reset();
        out[col.text(0) + "." + col.text(1)] =
            column_value(pg_type_class(col.text(2)), col.text(3) == "NO", auto_number, dflt);
      }

      auto constraints = must(c.query(R"(
        SELECT t.relname, c.contype, c.conname,
          (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
             FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
          (SELECT relname FROM pg_class WHERE oid = c.confrelid),
          (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
             FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum),
          c.confdeltype, c.confupdtype
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND c.contype IN ('p', 'u', 'f', 'x')
        ORDER BY t.relname, c.conname)"),
                              "pg constraints");
      for (const Row& k : constraints) {
        const std::string table = k.text(0), type = k.text(1), cols_text = k.text(3);
        if (table == kBookkeeping) continue;
        if (type == "p") {
          out[table + " primary key"] = "(" + cols_text + ")";
        } else if (type == "u") {
          out[table + " " + index_value(true, split(cols_text, ','), "")] = "constraint";
        } else if (type == "f") {
          std::string key = table + " foreign key (" + cols_text + ")";
          while (out.contains(key)) key += "'";
          out[key] = k.text(4) + "(" + k.text(5) + ") on delete " + action_name(k.text(6)) +
                     " on update " + action_name(k.text(7));
        } else {
          out[table + " exclusion constraint " + k.text(2)] = "(" + cols_text + ")";
        }
      }

      // Indexes of their own: those behind a primary key, unique or exclusion constraint are
      // described by the constraint. Key items one by one (expressions included), \x1f-separated.
      auto indexes = must(c.query(R"(
        SELECT t.relname, ic.relname, i.indisunique::int, am.amname,
          pg_get_expr(i.indpred, i.indrelid, true),
          (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true) ||
                             CASE WHEN i.indoption[k - 1] & 1 = 1 THEN ' desc' ELSE '' END,
                             E'\x1f' ORDER BY k)
             FROM generate_series(1, i.indnkeyatts) AS k)
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND NOT EXISTS (
          SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
            AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')))"),
                          "pg indexes");
      for (const Row& ix : indexes) {
        if (ix.text(0) == kBookkeeping) continue;
        out[ix.text(0) + " index " + ix.text(1)] =
            index_value(ix.i64(2) != 0, split(ix.text(5), '\x1f'), ix.text(4), ix.text(3));
      }
    });
  }),
       "read postgres catalog");
  return out;
}

Schema describe(Database& db) {
  return db.dialect() == Dialect::sqlite ? describe_sqlite(db) : describe_postgres(db);
}

struct Difference {
  std::string key;
  std::string text;
};

// What differs between `a` and `b`, allowlisted keys left out. Allowlist entries that matched
// no difference are appended to *stale.
std::vector<Difference> compare(const Schema& a, const std::string& a_name, const Schema& b,
                                const std::string& b_name, const std::vector<Allowed>& allowed,
                                std::vector<std::string>* stale = nullptr) {
  std::vector<Difference> out;
  std::set<std::string> keys;
  for (const auto& [k, v] : a) keys.insert(k);
  for (const auto& [k, v] : b) keys.insert(k);
  std::set<std::string> used;
  for (const auto& key : keys) {
    auto ia = a.find(key);
    auto ib = b.find(key);
    std::string text;
    if (ib == b.end()) {
      text = key + ": only in " + a_name + " (" + ia->second + ")";
    } else if (ia == a.end()) {
      text = key + ": only in " + b_name + " (" + ib->second + ")";
    } else if (ia->second != ib->second) {
      text = key + ": " + a_name + " `" + ia->second + "` vs " + b_name + " `" + ib->second + "`";
    } else {
      continue;
    }
    const bool allow = std::any_of(allowed.begin(), allowed.end(),
                                   [&](const Allowed& al) { return al.key == key; });
    if (allow) {
      used.insert(key);
    } else {
      out.push_back({key, text});
    }
  }
  if (stale)
    for (const auto& al : allowed)
      if (!used.contains(al.key)) stale->push_back(al.key + " (" + al.reason + ")");
  return out;
}

std::string report(const std::vector<Difference>& diffs) {
  std::string out = std::to_string(diffs.size()) + " difference(s):\n";
  for (const auto& d : diffs) out += "  " + d.text + "\n";
  return out;
}

std::set<std::string> keys_of(const std::vector<Difference>& diffs) {
  std::set<std::string> out;
  for (const auto& d : diffs) out.insert(d.key);
  return out;
}

bool have_postgres() {
  const char* url = std::getenv("DAIBIAO_TEST_PG_URL");
  return url && *url;
}

constexpr const char* kNoPostgres =
    "DAIBIAO_TEST_PG_URL is not set: schema parity needs a PostgreSQL server "
    "(make test starts one; or scripts/pg-test.sh start DIR)";

Schema migrated_schema(const std::string& backend, const std::vector<std::string>& plants = {}) {
  TestDatabase tdb(backend);
  for (const auto& sql : plants)
    must(tdb.db().write([&](Connection& c) { return c.exec(sql); }), sql.c_str());
  return describe(tdb.db());
}

// The reader must see the schema, or two empty descriptions would agree.
TEST(SchemaParity, CatalogReaderSeesTheMigratedSchema) {
  for (const auto& backend : testing::test_backends()) {
    SCOPED_TRACE(backend);
    const Schema s = migrated_schema(backend);
    const auto tables = std::count_if(
        s.begin(), s.end(), [](const auto& kv) { return kv.first.starts_with("table "); });
    EXPECT_GE(tables, 30);
    EXPECT_FALSE(s.contains("table schema_migrations"));
    const std::map<std::string, std::string> expected = {
        {"table users", "table"},
        {"users.id", "int not null auto"},
        {"users.username", "text not null"},
        {"users.unit_id", "int"},
        {"users.active", "int not null default 1"},
        {"handling_units.kind", "text not null default 'government'"},
        {"users primary key", "(id)"},
        {"users unique (username)", "constraint"},
        {"terms unique (org_node_id, number)", "constraint"},
        {"suggestion_cosigners primary key", "(suggestion_id, person_id)"},
        {"users foreign key (org_node_id)",
         "org_nodes(id) on delete no action on update no action"},
        {"users index users_org", "(org_node_id)"},
        {"suggestions index suggestions_state_star", "(state, star_level, next_due_on)"},
        {"suggestions index suggestions_number",
         "unique (session_id, number) where parent_id is null and number is not null"},
        {"calendar_days index calendar_days_node_day", "unique (coalesce(org_node_id, 0), day)"},
        {"audit_log.seq", "int not null"},
    };
    for (const auto& [key, value] : expected) {
      auto it = s.find(key);
      if (it == s.end()) {
        ADD_FAILURE() << "missing " << key;
      } else {
        EXPECT_EQ(it->second, value) << key;
      }
    }
  }
}

TEST(SchemaParity, NormalisationMakesOneSpelling) {
  EXPECT_EQ(normalise_expr("COALESCE(org_node_id, (0)::bigint)"), "coalesce(org_node_id, 0)");
  EXPECT_EQ(normalise_expr("COALESCE( org_node_id ,0 )"), "coalesce(org_node_id, 0)");
  EXPECT_EQ(normalise_expr("((parent_id IS NULL) AND (number IS NOT NULL))"),
            "(parent_id is null) and (number is not null)");
  EXPECT_NE(normalise_expr("(a OR b) AND c"), normalise_expr("a OR (b AND c)"));
  EXPECT_EQ(normalise_expr("\"key\""), "key");
  EXPECT_EQ(normalise_default("'Government'::text"), "'Government'");
  EXPECT_EQ(normalise_default("'-1'::integer"), "-1");
  EXPECT_EQ(normalise_default("(0)"), "0");
  EXPECT_EQ(pg_type_class("bigint"), sqlite_type_class("INTEGER"));
  EXPECT_EQ(pg_type_class("text"), sqlite_type_class("VARCHAR(20)"));
  EXPECT_EQ(pg_type_class("bytea"), sqlite_type_class("BLOB"));
  EXPECT_EQ(pg_type_class("double precision"), sqlite_type_class("REAL"));
  EXPECT_NE(pg_type_class("integer"), sqlite_type_class("INTEGER"));  // 32-bit on PostgreSQL
  EXPECT_NE(pg_type_class("boolean"), sqlite_type_class("INTEGER"));
}

TEST(SchemaParity, SqliteAndPostgresAgreeAfterMigrate) {
  if (!have_postgres()) GTEST_SKIP() << kNoPostgres;
  const Schema sqlite = migrated_schema("sqlite");
  const Schema postgres = migrated_schema("postgres");
  std::vector<std::string> stale;
  const auto diffs = compare(sqlite, "SQLite", postgres, "PostgreSQL", kAllowed, &stale);
  EXPECT_TRUE(diffs.empty()) << "the migrated schemas differ (fix with a migration pair, see "
                                "docs/schema-parity.md) — "
                             << report(diffs);
  EXPECT_TRUE(stale.empty()) << "allowlist entries that match no difference any more: "
                             << join(stale, "; ");
  EXPECT_GT(sqlite.size(), 300u);  // a real comparison, not two empty ones
}

// The check cannot silently pass: differences planted into a fresh database are all reported,
// and nothing else is. SQLite against SQLite, so this runs without PostgreSQL too.
TEST(SchemaParity, PlantedDifferencesAreReportedOnSqlite) {
  const Schema clean = migrated_schema("sqlite");
  const Schema planted = migrated_schema(
      "sqlite",
      {
          "ALTER TABLE users ADD COLUMN planted_extra TEXT",
          "CREATE INDEX planted_idx ON persons (name DESC)",
          "DROP INDEX suggestions_due",
          "DROP INDEX suggestions_number",
          "CREATE UNIQUE INDEX suggestions_number ON suggestions (session_id, number) "
          "WHERE number IS NOT NULL",
          "DROP INDEX calendar_days_node_day",
          "CREATE UNIQUE INDEX calendar_days_node_day ON calendar_days (COALESCE(org_node_id, -1), "
          "day)",
          "CREATE TABLE planted_table (id INTEGER PRIMARY KEY, code TEXT UNIQUE DEFAULT 'x', "
          "ref INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE)",
      });
  const auto diffs = compare(clean, "SQLite", planted, "planted SQLite", {});
  const std::set<std::string> expected = {
      "users.planted_extra",
      "persons index planted_idx",
      "suggestions index suggestions_due",
      "suggestions index suggestions_number",
      "calendar_days index calendar_days_node_day",
      "table planted_table",
      "planted_table.id",
      "planted_table.code",
      "planted_table.ref",
      "planted_table primary key",
      "planted_table unique (code)",
      "planted_table foreign key (ref)",
  };
  EXPECT_EQ(keys_of(diffs), expected) << report(diffs);
  std::string all = report(diffs);
  EXPECT_NE(all.find("(name desc)"), std::string::npos) << all;
  EXPECT_NE(all.find("coalesce(org_node_id, -1)"), std::string::npos) << all;
  EXPECT_NE(all.find("users(id) on delete cascade"), std::string::npos) << all;
  EXPECT_NE(all.find("text default 'x'"), std::string::npos) << all;
}

// The same against PostgreSQL, with the kinds of change only PostgreSQL can make in place.
TEST(SchemaParity, PlantedDifferencesAreReportedOnPostgres) {
  if (!have_postgres()) GTEST_SKIP() << kNoPostgres;
  const Schema sqlite = migrated_schema("sqlite");
  const Schema planted = migrated_schema(
      "postgres",
      {
          "ALTER TABLE users ADD COLUMN planted_extra TEXT",
          "CREATE INDEX planted_idx ON persons (name)",
          "DROP INDEX suggestions_due",
          "ALTER TABLE persons ALTER COLUMN party DROP NOT NULL",
          "ALTER TABLE terms ALTER COLUMN number TYPE integer",
          "ALTER TABLE suggestions ALTER COLUMN is_public DROP DEFAULT",
          "ALTER TABLE suggestions ALTER COLUMN is_public TYPE boolean USING is_public <> 0",
          "ALTER TABLE auth_sessions ALTER COLUMN ip SET DEFAULT 'x'",
          "ALTER TABLE login_failures ALTER COLUMN id DROP IDENTITY",
          "ALTER TABLE mandates DROP CONSTRAINT mandates_person_id_fkey",
          "ALTER TABLE mandates ADD FOREIGN KEY (person_id) REFERENCES persons (id) "
          "ON DELETE CASCADE",
          "ALTER TABLE handling_units ADD UNIQUE (org_node_id, name)",
          "ALTER TABLE terms DROP CONSTRAINT terms_org_node_id_number_key",
          "ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey",
          "ALTER TABLE idempotency_keys ADD PRIMARY KEY (key, user_id)",
          "DROP INDEX suggestions_number",
          "CREATE UNIQUE INDEX suggestions_number ON suggestions (session_id, number) "
          "WHERE number IS NOT NULL",
          "DROP INDEX org_nodes_path",
          "CREATE INDEX org_nodes_path ON org_nodes USING hash (path)",
      });
  const auto diffs = compare(sqlite, "SQLite", planted, "planted PostgreSQL", kAllowed);
  const std::set<std::string> expected = {
      "users.planted_extra",
      "persons index planted_idx",
      "suggestions index suggestions_due",
      "persons.party",
      "terms.number",
      "suggestions.is_public",
      "auth_sessions.ip",
      "login_failures.id",
      "mandates foreign key (person_id)",
      "handling_units unique (org_node_id, name)",
      "terms unique (org_node_id, number)",
      "idempotency_keys primary key",
      "suggestions index suggestions_number",
      "org_nodes index org_nodes_path",
  };
  EXPECT_EQ(keys_of(diffs), expected) << report(diffs);
  const std::string all = report(diffs);
  for (const char* shown : {"`int32 not null`", "`bool not null`", "on delete cascade",
                            "`text not null default 'x'`", "(key, user_id)", "using hash"})
    EXPECT_NE(all.find(shown), std::string::npos) << shown << " in " << all;
}

// 0009 rebuilds job_leases on SQLite: the leases survive it, ON CONFLICT (name) still finds the
// key, and a lease without a name is refused on both databases. The migration is re-run on a
// migrated database with a lease in it (it is written to be repeatable).
TEST(SchemaParity, Migration0009KeepsJobLeases) {
  for (const auto& backend : testing::test_backends()) {
    SCOPED_TRACE(backend);
    TestDatabase tdb(backend);
    Database& db = tdb.db();
    must(db.write([](Connection& c) -> Status {
      if (auto got = acquire_lease(c, "reminders", "node-a", 1000, 60'000); !got || !*got)
        return fail(ErrorCode::internal, "lease not taken");
      return record_lease_run(c, "reminders", "node-a", 2000);
    }),
         "take a lease");
    const auto& all = migration_sources();
    auto m9 = std::find_if(all.begin(), all.end(),
                           [](const MigrationSource& m) { return m.number == 9; });
    ASSERT_NE(m9, all.end());
    const std::string sql = must(render_migration(m9->sql, db.dialect()), "render 0009");
    must(db.write([&](Connection& c) { return c.exec_script(sql); }), "re-run 0009");
    must(db.read([](Connection& c) {
      return guarded([&] {
        auto row = must(c.query_one("SELECT name, holder, expires_at, runs, last_run_at "
                                    "FROM job_leases"),
                        "read lease");
        EXPECT_EQ(row.text(0), "reminders");
        EXPECT_EQ(row.text(1), "node-a");
        EXPECT_EQ(row.i64(2), 61'000);
        EXPECT_EQ(row.i64(3), 1);
        EXPECT_EQ(row.i64(4), 2000);
      });
    }),
         "check lease");
    must(db.write([](Connection& c) -> Status {
      auto other = acquire_lease(c, "reminders", "node-b", 3000, 60'000);
      EXPECT_TRUE(other && !*other) << "node-b took a lease node-a holds";
      return {};
    }),
         "contend");
    auto null_name = db.write([](Connection& c) {
      return c.exec("INSERT INTO job_leases (name, holder, expires_at) VALUES (NULL, 'x', 0)");
    });
    EXPECT_FALSE(null_name) << "a lease without a name was stored";
  }
}

}  // namespace
}  // namespace daibiao::storage

// `daibiao bench-data --scale N`: a believable province for benchmarks, written straight
// through SQL (SQLite or PostgreSQL). At scale 1: a province with 14 cities, 126 counties and
// 2,016 townships (each congress with a term and five yearly sessions, 2022–2026), about
// 2,000 handling units (14 departments of each province, city and county congress), about 160,000
// deputies with sealed ID numbers and phones, and 500,000 suggestions over five years (titles and
// bodies from varied templates, state mixes by age, answer classes, ratings, stars, overdue items),
// each with a three-step timeline and a hash-chained audit record. Scale 0.1 is the CI size.
// Progress goes to stderr.
#pragma once

#include "base/clock.hpp"
#include "platform/field_cipher.hpp"
#include "storage/db.hpp"

namespace daibiao::bench {

// Needs a migrated, empty database (no org nodes).
Status generate_scale(storage::Database& db, const platform::FieldCipher& cipher, double scale,
                      TimeMs now);

}  // namespace daibiao::bench

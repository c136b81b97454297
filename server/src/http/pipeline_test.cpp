// The exception boundary (issue 10): anything thrown while handling a request becomes a 500
// problem+json with the request id, its cause goes to the log, and the next request is served.
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <filesystem>
#include <stdexcept>

#include "http/pipeline.hpp"
#include "platform/crypto.hpp"
#include "storage/db.hpp"

namespace daibiao::http {
namespace {

class ExceptionBoundary : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "pipeline-" + std::to_string(::getpid());
    std::filesystem::create_directories(dir_);
    auto db = storage::open_database("sqlite://" + dir_ + "/t.db", 2);
    ASSERT_TRUE(db);
    db_ = std::move(*db);
    env_ = std::make_unique<app::Env>(app::Env{*db_, clock_, random_, {}, nullptr});
    Router router;
    router.add("GET", "/api/v1/test/throws", Access::public_route,
               [](Context&) -> Result<Response> { throw std::runtime_error("disk on fire"); });
    router.add("GET", "/api/v1/test/throws-anything", Access::public_route,
               [](Context&) -> Result<Response> { throw 42; });
    router.add("GET", "/api/v1/test/ok", Access::public_route, [](Context&) -> Result<Response> {
      return Response{200, "text/plain", "ok"};
    });
    pipeline_ =
        std::make_unique<Pipeline>(*env_, std::move(router), PipelineOptions{.access_log = false});
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  Response get(const std::string& path) {
    Request req;
    req.method = "GET";
    req.target = req.path = path;
    req.client_ip = "127.0.0.1";
    return pipeline_->handle(req);
  }

  std::string dir_;
  platform::SystemClock clock_;
  platform::OsRandom random_;
  std::unique_ptr<storage::Database> db_;
  std::unique_ptr<app::Env> env_;
  std::unique_ptr<Pipeline> pipeline_;
};

std::string header(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return {};
}

TEST_F(ExceptionBoundary, AThrownExceptionIsA500ProblemWithTheRequestIdAndItsCauseLogged) {
  ::testing::internal::CaptureStderr();
  const Response r = get("/api/v1/test/throws");
  const std::string log = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.content_type, "application/problem+json; charset=utf-8");
  const auto body = boost::json::parse(r.body).as_object();
  EXPECT_EQ(body.at("code").as_string(), "internal");
  EXPECT_EQ(body.at("status").as_int64(), 500);
  const std::string id = std::string(body.at("request_id").as_string());
  EXPECT_FALSE(id.empty());
  EXPECT_EQ(header(r, "X-Request-Id"), id);
  // The cause is in the log with the same request id, never in the answer.
  EXPECT_NE(log.find("disk on fire"), std::string::npos) << log;
  EXPECT_NE(log.find(id), std::string::npos) << log;
  EXPECT_EQ(r.body.find("disk on fire"), std::string::npos);
  EXPECT_EQ(pipeline_->in_flight(), 0);
}

TEST_F(ExceptionBoundary, AnythingThrownIsCaughtAndTheNextRequestIsServed) {
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(get("/api/v1/test/throws-anything").status, 500);
  const std::string log = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(log.find("unknown type"), std::string::npos) << log;
  const Response ok = get("/api/v1/test/ok");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "ok");
}

}  // namespace
}  // namespace daibiao::http

#include "http/server.hpp"

#include "http/request_from.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace daibiao::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

class Connection;

// Shared by all connections of one server run.
struct ServerState {
  Pipeline& pipeline;
  const ServerOptions& options;
  asio::io_context& ioc;
  asio::thread_pool& workers;
  asio::thread_pool& password_workers;
  std::atomic<int> password_waiting{0};
  std::atomic<bool> stopping{false};
  std::atomic<int> open_connections{0};
  std::mutex mu;
  std::list<std::weak_ptr<Connection>> live;
  std::function<void()> on_all_closed;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, ServerState& state) : stream_(std::move(socket)), state_(state) {
    ++state_.open_connections;
    boost::system::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    if (!ec) client_ip_ = ep.address().to_string();
    stream_.socket().set_option(tcp::no_delay(true), ec);
  }

  ~Connection() {
    if (--state_.open_connections == 0 && state_.stopping && state_.on_all_closed)
      state_.on_all_closed();
  }

  void start() {
    {
      std::lock_guard lock(state_.mu);
      state_.live.push_back(weak_from_this());
      self_in_registry_ = std::prev(state_.live.end());
    }
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read_next(true); });
  }

  // Called at shutdown: a connection waiting for its next request is closed now; one
  // with a request in progress closes after answering it.
  void close_if_idle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->close();
    });
  }

 private:
  void read_next(bool first) {
    if (state_.stopping) return close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_.options.header_limit));
    // The header is read under the largest limit any route allows: Beast checks a declared
    // Content-Length against the limit in force when the header completes, before we know
    // the route. on_header then applies the route's own limit.
    parser_->body_limit(std::max(state_.options.body_limit, state_.options.upload_body_limit));
    stream_.expires_after(first ? state_.options.read_timeout : state_.options.idle_timeout);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  // File uploads (POST …/attachments) may be larger than other bodies; the limit is chosen
  // once the request line is known, before any of the body is read.
  void on_header(beast::error_code ec) {
    if (ec) return on_read(ec);
    const auto& msg = parser_->get();
    std::string_view target(msg.target().data(), msg.target().size());
    target = target.substr(0, target.find('?'));
    const std::size_t limit = msg.method() == bhttp::verb::post && target.ends_with("/attachments")
                                  ? state_.options.upload_body_limit
                                  : state_.options.body_limit;
    if (const auto declared = parser_->content_length(); declared && *declared > limit)
      return on_read(bhttp::error::body_limit);
    parser_->body_limit(limit);  // also bounds chunked bodies as they arrive
    bhttp::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
        ec == asio::error::eof)
      return close();
    Request req;
    req.client_ip = client_ip_;
    if (ec) {
      // Refused before routing: answer once and close, the stream is no longer in sync.
      busy_ = true;
      req.method = "-";
      Response res = ec == bhttp::error::body_limit
                         ? state_.pipeline.reject(req, 413, "payload_too_large", "请求体过大")
                     : ec == bhttp::error::header_limit
                         ? state_.pipeline.reject(req, 431, "header_too_large", "请求头过大")
                         : state_.pipeline.reject(req, 400, "bad_request", "无法解析的 HTTP 请求");
      linger_ = true;
      return write(std::move(res), false);
    }
    busy_ = true;
    fill_request(parser_->get(), req);
    stream_.expires_never();
    if (!parse_target(req.target, req.path, req.query)) {
      Response res = state_.pipeline.reject(req, 400, "bad_request", "无法解析的请求地址");
      return write(std::move(res), false);
    }
    const Runs lane = state_.pipeline.lane(req);
    if (lane == Runs::on_io_thread) {
      Response res = state_.pipeline.handle(req);
      return write(std::move(res), req.keep_alive);
    }
    if (lane == Runs::on_password_pool) return run_password_route(std::move(req));
    // Handlers may block on the database: run them on the worker pool.
    asio::post(state_.workers, [self = shared_from_this(), req = std::move(req)]() mutable {
      self->handle_and_reply(req);
    });
  }

  void handle_and_reply(Request& req) {
    Response res = state_.pipeline.handle(req);
    const bool keep = req.keep_alive;
    asio::post(stream_.get_executor(), [self = shared_from_this(), res = std::move(res),
                                        keep]() mutable { self->write(std::move(res), keep); });
  }

  // Password routes queue on their own pool; when the queue is full the request is refused
  // at once (429) rather than waiting, so the handler threads stay free for everyone else.
  void run_password_route(Request req) {
    if (state_.password_waiting.fetch_add(1) >= state_.options.password_queue) {
      --state_.password_waiting;
      Response res =
          state_.pipeline.reject(req, 429, "too_many_requests", "登录请求较多，请稍后再试");
      res.headers.emplace_back("Retry-After", "1");
      return write(std::move(res), req.keep_alive);
    }
    asio::post(state_.password_workers,
               [self = shared_from_this(), req = std::move(req)]() mutable {
                 --self->state_.password_waiting;
                 self->handle_and_reply(req);
               });
  }

  void write(Response res, bool keep_alive) {
    keep_alive = keep_alive && !state_.stopping;
    response_.emplace();
    response_->result(static_cast<unsigned>(res.status));
    response_->version(11);
    response_->set(bhttp::field::server, "daibiao");
    response_->set(bhttp::field::content_type, res.content_type);
    for (auto& [k, v] : res.headers) response_->insert(k, v);
    response_->body() = std::move(res.body);
    response_->keep_alive(keep_alive);
    response_->prepare_payload();
    stream_.expires_after(state_.options.read_timeout);
    bhttp::async_write(stream_, *response_,
                       [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                         self->busy_ = false;
                         if (!ec && self->linger_) return self->drain_then_close();
                         if (ec || !keep_alive) return self->close();
                         self->read_next(false);
                       });
  }

  // After refusing a request whose body is still arriving, closing at once would make the
  // kernel reset the connection and the client could lose our answer (RFC 9112 §9.6):
  // stop sending, read and discard what comes for a little while, then close.
  void drain_then_close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    drain_buffer_.resize(64 * 1024);
    stream_.async_read_some(asio::buffer(drain_buffer_),
                            [self = shared_from_this()](beast::error_code e, std::size_t n) {
                              self->drained_ += n;
                              if (e || self->drained_ > 64u * 1024 * 1024) return self->close();
                              self->drain_then_close();
                            });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
    std::lock_guard lock(state_.mu);
    if (self_in_registry_) {
      state_.live.erase(*self_in_registry_);
      self_in_registry_.reset();
    }
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::response<bhttp::string_body>> response_;
  ServerState& state_;
  std::string client_ip_;
  bool busy_ = false;
  bool linger_ = false;
  std::vector<char> drain_buffer_;
  std::size_t drained_ = 0;
  std::optional<std::list<std::weak_ptr<Connection>>::iterator> self_in_registry_;
};

void accept_loop(tcp::acceptor& acceptor, ServerState& state) {
  acceptor.async_accept(asio::make_strand(state.ioc),
                        [&](beast::error_code ec, tcp::socket socket) {
                          if (state.stopping || !acceptor.is_open()) return;
                          if (!ec) std::make_shared<Connection>(std::move(socket), state)->start();
                          accept_loop(acceptor, state);
                        });
}

}  // namespace

int run_server(Pipeline& pipeline, const ServerOptions& options,
               const std::function<void(const std::string&)>& on_listening) {
  asio::io_context ioc(options.io_threads);
  asio::thread_pool workers(static_cast<std::size_t>(std::max(1, options.workers)));
  asio::thread_pool password_workers(
      static_cast<std::size_t>(std::max(1, options.password_workers)));
  ServerState state{pipeline, options, ioc, workers, password_workers};

  // The acceptor and the signal handler share one strand: closing the acceptor at shutdown
  // must never race with re-arming async_accept on another I/O thread.
  auto control = asio::make_strand(ioc);
  tcp::acceptor acceptor(control);
  try {
    const tcp::endpoint endpoint(asio::ip::make_address(options.address), options.port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  } catch (const std::exception& e) {
    std::fprintf(stderr,
                 "错误：无法在 %s:%u 上监听（%s）。--listen 须为 IP 地址:端口，且端口未被占用。\n",
                 options.address.c_str(), static_cast<unsigned>(options.port), e.what());
    return 1;
  }
  const auto bound = acceptor.local_endpoint();
  on_listening(bound.address().to_string() + ":" + std::to_string(bound.port()));

  asio::steady_timer grace(control);
  state.on_all_closed = [&] { asio::post(control, [&] { grace.cancel(); }); };
  asio::signal_set signals(control, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code ec, int) {
    if (ec) return;
    state.stopping = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    std::vector<std::shared_ptr<Connection>> open;
    {
      std::lock_guard lock(state.mu);
      for (auto& weak : state.live)
        if (auto c = weak.lock()) open.push_back(std::move(c));
    }
    for (auto& c : open) c->close_if_idle();
    open.clear();
    if (state.open_connections == 0) return;
    grace.expires_after(options.shutdown_grace);
    grace.async_wait([&](beast::error_code e) {
      if (!e) ioc.stop();  // grace period over: give up on stragglers
    });
  });

  accept_loop(acceptor, state);
  std::vector<std::thread> threads;
  for (int i = 1; i < options.io_threads; ++i) threads.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : threads) t.join();
  workers.join();
  password_workers.join();
  return 0;
}

}  // namespace daibiao::http

// Message framing over a pipe: well-formed messages, framing errors and resynchronisation.
#include <doctest.h>
#include <unistd.h>

#include <csignal>
#include <string>
#include <thread>

#include "cli/lsp/transport.hpp"

using weft::lsp::MessageReader;
using weft::lsp::MessageWriter;
using Status = MessageReader::Status;

namespace {

// A reader over a pipe that already holds `input` (written by a thread, then closed).
struct Pipe {
  int fds[2];
  std::thread writer;
  explicit Pipe(std::string input) {
    REQUIRE(::pipe(fds) == 0);
    writer = std::thread([fd = fds[1], input = std::move(input)] {
      std::string_view rest = input;
      while (!rest.empty()) {
        ssize_t n = ::write(fd, rest.data(), rest.size());
        if (n <= 0) break;
        rest.remove_prefix(std::size_t(n));
      }
      ::close(fd);
    });
  }
  ~Pipe() {
    writer.join();
    ::close(fds[0]);
  }
};

std::string frame(std::string_view body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

}  // namespace

TEST_CASE("messages in a row, headers in any case, bare newlines, extra headers") {
  std::string big(200000, 'x');
  Pipe p(frame("{\"a\":1}") + "content-length: 2\n\n[]" +
         "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length:  3 \r\n\r\n" +
         "123" + "\r\n\r\n" + frame(big));
  MessageReader r(p.fds[0]);
  auto m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "{\"a\":1}");
  m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "[]");
  m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "123");
  m = r.read();  // stray blank lines between messages are skipped
  CHECK(m.status == Status::Message);
  CHECK(m.body == big);
  CHECK(r.read().status == Status::End);
  CHECK(r.read().status == Status::End);
}

TEST_CASE("framing errors are reported and reading goes on") {
  Pipe p(std::string("X-Junk: 1\r\n\r\n") + "Content-Length: ten\r\n\r\n" +
         "no header at all\r\n\r\n" + frame("ok1") +
         // An understated length: the rest of the body precedes the next header on its line.
         "Content-Length: 2\r\n\r\n" + "abcdef" + frame("ok2") +
         // Too large: refused and skipped.
         "Content-Length: 999999999999\r\n\r\n");
  MessageReader r(p.fds[0]);
  auto m = r.read();
  CHECK(m.status == Status::FramingError);
  CHECK(m.error == "header block without Content-Length");
  m = r.read();
  CHECK(m.status == Status::FramingError);
  CHECK(m.error == "invalid Content-Length header");
  m = r.read();
  CHECK(m.status == Status::FramingError);
  CHECK(m.error == "malformed header block");
  m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "ok1");
  m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "ab");
  m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "ok2");
  // The huge body never arrives: the input ends inside it.
  CHECK(r.read().status == Status::End);
}

TEST_CASE("the end of input inside a header block or a body") {
  {
    Pipe p("Content-Length: 5\r\n");
    MessageReader r(p.fds[0]);
    CHECK(r.read().status == Status::FramingError);
    CHECK(r.read().status == Status::End);
  }
  {
    Pipe p("Content-Length: 5\r\n\r\nab");
    MessageReader r(p.fds[0]);
    CHECK(r.read().status == Status::End);
  }
  {
    Pipe p("");
    MessageReader r(p.fds[0]);
    CHECK(r.read().status == Status::End);
    CHECK_FALSE(r.pending());
  }
}

TEST_CASE("writer frames messages and notices a closed peer") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  MessageWriter w(fds[1]);
  CHECK(w.write("{\"x\":\"\xC3\xA9\"}"));
  ::close(fds[1]);
  MessageReader r(fds[0]);
  auto m = r.read();
  CHECK(m.status == Status::Message);
  CHECK(m.body == "{\"x\":\"\xC3\xA9\"}");  // Content-Length counts bytes
  ::close(fds[0]);

  REQUIRE(::pipe(fds) == 0);
  ::close(fds[0]);
  signal(SIGPIPE, SIG_IGN);
  MessageWriter dead(fds[1]);
  CHECK_FALSE(dead.write("{}"));
  CHECK_FALSE(dead.write("{}"));
  ::close(fds[1]);
}

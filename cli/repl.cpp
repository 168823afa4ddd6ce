// `weft` with no arguments: the REPL, a host of weft::Session (include/weft/session.hpp).
//
// On a terminal: GNU readline (the only place readline is linked: the `weft` command), prompts
// `>>> ` and `... ` (unfinished input, as the session's parser decides), history in
// ~/.weft_history ($WEFT_HISTORY overrides), tab completion from the session. Readline runs
// through its callback interface in a poll() loop, so that output of goroutines running in the
// background (the session calls our sink from its background thread) is queued, the loop is
// woken through a pipe, and the text is printed above the prompt without garbling the line
// being edited (rl_clear_visible_line, print, rl_forced_update_display).
//
// Not a terminal: lines are read from stdin with no prompts and the same semantics, so
// `printf 'x := 6\nx * 7\n' | weft` prints 42.
//
// Ctrl-C: the SIGINT handler only writes to pipes (async-signal-safe); a helper thread turns
// that into Session::interrupt() (which stops the Go code eval() runs), and the poll loop into
// "discard the line being edited" at the prompt.
#include "cli/repl.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <weft/session.hpp>
#include <weft/weft.hpp>

#ifdef WEFT_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

namespace weft::cli {

namespace {

void writeAll(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n <= 0) return;
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

// $GOMAXPROCS, as for `weft prog.go` (0: every CPU).
int workersFromEnvironment() {
  const char* env = std::getenv("GOMAXPROCS");
  if (!env || !*env) return 0;
  char* end = nullptr;
  long n = std::strtol(env, &end, 10);
  return (*end == '\0' && n > 0 && n < 100000) ? static_cast<int>(n) : 0;
}

// ---- piped input ------------------------------------------------------------------------------

int runPiped() {
  std::mutex outMutex;
  weft::Session::Options opts;
  opts.out = [&](std::string_view s) {
    std::lock_guard lock(outMutex);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fflush(stdout);
  };
  opts.err = [&](std::string_view s) {
    std::lock_guard lock(outMutex);
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
  };
  opts.exit = [](int status) {
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
  };
  opts.workers = workersFromEnvironment();
  weft::Session session(opts);
  std::string buffer, line;
  while (std::getline(std::cin, line)) {
    buffer += line;
    buffer += '\n';
    if (session.incomplete(buffer)) continue;
    weft::Session::Result r = session.eval(buffer);
    buffer.clear();
    if (r == weft::Session::Result::Quit) return 0;
    if (r == weft::Session::Result::Exit) return session.exit_status();
  }
  if (!buffer.empty()) {
    // The input ended inside an unfinished input: the parser's error.
    if (session.eval(buffer, true) == weft::Session::Result::Exit) return session.exit_status();
  }
  // The end of the input ends the session as :quit does (deferred calls run).
  if (session.eval(":quit") == weft::Session::Result::Exit) return session.exit_status();
  return 0;
}

#ifdef WEFT_HAVE_READLINE

// ---- terminal ---------------------------------------------------------------------------------

int wakePipe[2] = {-1, -1};       // the poll loop's wake-up: async output, SIGINT, exit
int interruptPipe[2] = {-1, -1};  // SIGINT -> the interrupt thread
std::atomic<bool> sigintPending{false};

void onSigint(int) {
  sigintPending.store(true);
  char c = 'i';
  [[maybe_unused]] ssize_t a = ::write(interruptPipe[1], &c, 1);
  [[maybe_unused]] ssize_t b = ::write(wakePipe[1], &c, 1);
}

struct Terminal {
  weft::Session* session = nullptr;
  std::string buffer;  // the unfinished input so far
  std::string historyFile;
  bool done = false;
  int status = 0;
  std::atomic<bool> evaluating{false};  // eval() runs on the main thread: write directly
  std::mutex queueMutex;
  std::string queue;  // background output waiting for the poll loop
  std::atomic<bool> exitRequested{false};
  std::atomic<int> exitStatus{0};
};

Terminal* term = nullptr;

void sink(int fd, std::string_view s) {
  if (term->evaluating.load()) {
    if (fd == 2) std::fflush(stdout);
    writeAll(fd, s);
    return;
  }
  // The background thread, while readline shows the prompt: the poll loop prints it.
  {
    std::lock_guard lock(term->queueMutex);
    term->queue.append(s);
  }
  char c = 'o';
  [[maybe_unused]] ssize_t n = ::write(wakePipe[1], &c, 1);
}

void printAbovePrompt() {
  std::string text;
  {
    std::lock_guard lock(term->queueMutex);
    text.swap(term->queue);
  }
  if (text.empty()) return;
  if (text.back() != '\n') text += '\n';
  // Empty the visible line (prompt and text), print, then show the prompt and the line being
  // edited again below, with the cursor where it was.
  int point = rl_point;
  char* line = rl_copy_text(0, rl_end);
  rl_save_prompt();
  rl_replace_line("", 0);
  rl_redisplay();
  writeAll(1, "\r\x1b[K");
  writeAll(1, text);
  rl_restore_prompt();
  rl_replace_line(line, 0);
  rl_point = point;
  std::free(line);
  rl_on_new_line();
  rl_redisplay();
}

const char* prompt() {
  return term->buffer.empty() ? ">>> " : "... ";
}

void onLine(char* line);

void install() {
  rl_callback_handler_install(prompt(), onLine);
}

void onLine(char* line) {
  if (!line) {  // Ctrl-D: ends the session as :quit does (deferred calls run)
    rl_callback_handler_remove();
    writeAll(1, "\n");
    term->evaluating.store(true);
    sigintPending.store(false);
    if (term->session->eval(":quit") == weft::Session::Result::Exit)
      term->status = term->session->exit_status();
    term->evaluating.store(false);
    term->done = true;
    return;
  }
  term->buffer += line;
  term->buffer += '\n';
  std::free(line);
  if (term->session->incomplete(term->buffer)) {
    rl_set_prompt(prompt());
    return;
  }
  std::string input;
  input.swap(term->buffer);
  while (!input.empty() && input.back() == '\n') input.pop_back();
  if (!input.empty()) {
    add_history(input.c_str());
    append_history(1, term->historyFile.c_str());
  }
  // Evaluate with the terminal in its normal mode (Ctrl-C is SIGINT, output is plain), except
  // that what the user types meanwhile is not echoed: readline shows it at the next prompt.
  rl_callback_handler_remove();
  printAbovePrompt();
  termios saved{};
  bool haveTermios = ::tcgetattr(0, &saved) == 0;
  if (haveTermios) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHONL);
    ::tcsetattr(0, TCSANOW, &quiet);
  }
  term->evaluating.store(true);
  sigintPending.store(false);
  weft::Session::Result r = term->session->eval(input);
  term->evaluating.store(false);
  if (haveTermios) ::tcsetattr(0, TCSANOW, &saved);
  sigintPending.store(false);
  if (r == weft::Session::Result::Quit) {
    term->done = true;
    return;
  }
  if (r == weft::Session::Result::Exit) {
    term->done = true;
    term->status = term->session->exit_status();
    return;
  }
  install();
}

// Completion: the session's candidates for the word before the cursor.
std::vector<std::string> candidates;
std::size_t candidateIndex = 0;

char* nextCandidate(const char*, int state) {
  if (state == 0) candidateIndex = 0;
  if (candidateIndex >= candidates.size()) return nullptr;
  return strdup(candidates[candidateIndex++].c_str());
}

char** complete(const char* text, int start, int end) {
  rl_attempted_completion_over = 1;       // never fall back to file names
  rl_completion_append_character = '\0';  // readline resets it before each completion
  std::size_t from = 0;
  std::string line(rl_line_buffer, static_cast<std::size_t>(rl_end));
  candidates = term->session->complete(line, static_cast<std::size_t>(end), &from);
  (void)start;
  if (candidates.empty()) return nullptr;
  return rl_completion_matches(text, nextCandidate);
}

std::string historyPath() {
  if (const char* env = std::getenv("WEFT_HISTORY"); env && *env) return env;
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.weft_history";
}

int runTerminal() {
  Terminal t;
  term = &t;
  if (::pipe(wakePipe) != 0 || ::pipe(interruptPipe) != 0) return runPiped();
  for (int fd : {wakePipe[0], wakePipe[1], interruptPipe[1]})
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);

  weft::Session::Options opts;
  opts.out = [](std::string_view s) { sink(1, s); };
  opts.err = [](std::string_view s) { sink(2, s); };
  opts.exit = [](int status) {
    term->exitStatus.store(status);
    term->exitRequested.store(true);
    char c = 'x';
    [[maybe_unused]] ssize_t n = ::write(wakePipe[1], &c, 1);
  };
  opts.workers = workersFromEnvironment();
  weft::Session session(opts);
  t.session = &session;

  std::thread interrupter([&session] {
    char c;
    while (::read(interruptPipe[0], &c, 1) > 0) {
      if (c == 'q') break;
      session.interrupt();
    }
  });

  t.historyFile = historyPath();
  using_history();
  if (read_history(t.historyFile.c_str()) != 0) write_history(t.historyFile.c_str());
  rl_readline_name = "weft";
  rl_catch_signals = 0;
  rl_attempted_completion_function = complete;
  rl_completer_word_break_characters = const_cast<char*>(" \t\n\"\\'`@$><=;|&{(.,)[]+-*/%!^:");
  rl_completion_append_character = '\0';
  std::signal(SIGINT, onSigint);

  std::cout << "Weft " << weft::version() << " (Go REPL). :help for help, Ctrl-D to quit.\n"
            << std::flush;
  install();
  while (!t.done) {
    pollfd fds[2] = {{0, POLLIN, 0}, {wakePipe[0], POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) continue;  // EINTR (SIGINT): the pipe says it again
    if (fds[1].revents & POLLIN) {
      char buf[256];
      while (::read(wakePipe[0], buf, sizeof buf) > 0) {
      }
      if (sigintPending.exchange(false)) {
        // Ctrl-C at the prompt: drop the line (and an unfinished input).
        t.buffer.clear();
        rl_replace_line("", 0);
        rl_point = rl_end = 0;
        writeAll(1, "^C\n");
        rl_set_prompt(prompt());
        rl_on_new_line();
        rl_redisplay();
      }
      printAbovePrompt();
      if (t.exitRequested.load()) {
        rl_callback_handler_remove();
        t.status = t.exitStatus.load();
        break;
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP)) rl_callback_read_char();
  }
  rl_callback_handler_remove();
  history_truncate_file(t.historyFile.c_str(), 1000);
  char q = 'q';
  [[maybe_unused]] ssize_t n = ::write(interruptPipe[1], &q, 1);
  interrupter.join();
  std::signal(SIGINT, SIG_DFL);
  int status = t.status;
  term = nullptr;
  return status;
}

#endif

}  // namespace

int replCommand() {
#ifdef WEFT_HAVE_READLINE
  if (::isatty(0) && ::isatty(1)) return runTerminal();
#endif
  return runPiped();
}

}  // namespace weft::cli

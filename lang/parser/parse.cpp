// lang::parse(): lexer, then the X3 grammar over the tokens, then diagnostics.
#include <pthread.h>

#include <algorithm>

#include "lang/parse.hpp"
#include "lang/parser/decl.hpp"
#include "lang/parser/lexer.hpp"
#include "lang/parser/primitives.hpp"
#include "lang/stack_bounds.hpp"

namespace weft::lang {
namespace parser {
namespace {

constexpr std::size_t kMaxErrors = 10;
// Stack kept free below the parser's budget: room for the error path and for code that runs
// deeper than the guard's check points.
constexpr std::size_t kStackReserve = 256 * 1024;

// How many bytes of native stack the current thread may still use below `here`.
std::size_t stackAvailable(const char* here) {
  if (const StackBounds& large = currentLargeStack(); large.contains(here))
    return static_cast<std::size_t>(here - large.low);
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 512 * 1024;
  void* addr = nullptr;
  std::size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || !addr) return 512 * 1024;
  const char* low = static_cast<const char*>(addr);
  if (here <= low || static_cast<std::size_t>(here - low) > size) return 512 * 1024;
  return static_cast<std::size_t>(here - low);
}

}  // namespace

void enterNesting(State& st, const Token& at) {
  char probe;
  const char* here = &probe;
  std::size_t used = st.stackBase > here ? static_cast<std::size_t>(st.stackBase - here) : 0;
  if (++st.depth > kMaxNesting || used > st.stackBudget) {
    st.depth--;
    throwSyntax(at.pos, at, "too deeply nested");
  }
}

}  // namespace parser

ParseResult parse(std::string_view filename, std::string_view source) {
  using namespace parser;
  ParseResult result;
  result.arena = std::make_unique<ast::Arena>();

  LexResult lexed = lex(source, kMaxErrors);
  for (auto& d : lexed.diagnostics) {
    Diagnostic copy = d;
    copy.file = std::string(filename);
    result.diagnostics.push_back(std::move(copy));
  }

  State st(*result.arena, lexed);
  st.firstToken = lexed.tokens.data();
  char probe;
  st.stackBase = &probe;
  std::size_t avail = stackAvailable(&probe);
  st.stackBudget = avail > 2 * kStackReserve ? avail - kStackReserve : avail / 2;

  ast::File* file = nullptr;
  bool syntaxIncomplete = false;
  try {
    const Token* first = lexed.tokens.data();
    const Token* last = first + lexed.tokens.size();
    auto ctx = x3::make_context<state_tag>(st);
    if (!source_file.parse(first, last, ctx, x3::unused, file) || !file) {
      // The grammar reports every failure itself; this is a safety net.
      const Token& t = first < last ? *first : lexed.tokens.back();
      throwUnexpected(t, "");
    }
    file->filename = std::string(filename);
    checkTypeSwitchGuards(file);
  } catch (const SyntaxError& e) {
    file = nullptr;
    // After a lexical error, an error at the end of input is a consequence of it (an
    // unterminated literal or comment swallowed the rest); Go does not report it either.
    if (!(e.atEnd && !lexed.diagnostics.empty())) {
      result.diagnostics.push_back(Diagnostic{std::string(filename), e.pos, e.message});
      syntaxIncomplete = e.atEnd;
    }
  } catch (const std::bad_alloc&) {
    file = nullptr;
    result.diagnostics.push_back(
        Diagnostic{std::string(filename), ast::Pos{1, 1, 0}, "source too large"});
  } catch (const std::exception& e) {
    // Not expected: the grammar reports errors as SyntaxError. Keep parse() from throwing.
    file = nullptr;
    result.diagnostics.push_back(Diagnostic{std::string(filename), ast::Pos{1, 1, 0},
                                            std::string("internal parser error: ") + e.what()});
  }

  std::stable_sort(
      result.diagnostics.begin(), result.diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.pos.offset < b.pos.offset; });
  if (result.diagnostics.size() > kMaxErrors) result.diagnostics.resize(kMaxErrors);

  if (!result.diagnostics.empty()) {
    // Incomplete when the first error comes from running into the end of the input.
    const Diagnostic& firstErr = result.diagnostics.front();
    bool firstIsLex = !lexed.diagnostics.empty() &&
                      firstErr.pos.offset == lexed.diagnostics.front().pos.offset &&
                      firstErr.message == lexed.diagnostics.front().message;
    result.incomplete = firstIsLex ? lexed.incomplete : syntaxIncomplete;
    result.file = nullptr;
  } else {
    result.file = file;
  }
  return result;
}

}  // namespace weft::lang

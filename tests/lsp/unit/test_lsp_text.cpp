// Positions, text synchronisation, URIs and diagnostic spans.
#include <doctest.h>

#include "cli/lsp/document.hpp"
#include "cli/lsp/text.hpp"
#include "cli/lsp/tokens.hpp"
#include "cli/lsp/uri.hpp"

using namespace weft::lsp;

TEST_CASE("UTF-16 columns count surrogate pairs as two units, UTF-8 columns count bytes") {
  // "é" is 2 bytes / 1 unit, "😀" (U+1F600) 4 bytes / 2 units.
  Text t(
      "a\xC3\xA9"
      "b\xF0\x9F\x98\x80"
      "c\nx");
  CHECK(t.positionOf(0, Encoding::Utf16) == Position{0, 0});
  CHECK(t.positionOf(3, Encoding::Utf16) == Position{0, 2});  // before b
  CHECK(t.positionOf(4, Encoding::Utf16) == Position{0, 3});  // before the emoji
  CHECK(t.positionOf(8, Encoding::Utf16) == Position{0, 5});  // before c
  CHECK(t.positionOf(8, Encoding::Utf8) == Position{0, 8});
  CHECK(t.offsetOf(Position{0, 5}, Encoding::Utf16) == 8);
  CHECK(t.offsetOf(Position{0, 8}, Encoding::Utf8) == 8);
  // A column inside the surrogate pair falls back to the character's start.
  CHECK(t.offsetOf(Position{0, 4}, Encoding::Utf16) == 4);
  // Past the end of a line: the line's end; past the last line: the text's end.
  CHECK(t.offsetOf(Position{0, 99}, Encoding::Utf16) == 9);
  CHECK(t.offsetOf(Position{1, 0}, Encoding::Utf16) == 10);
  CHECK(t.offsetOf(Position{7, 3}, Encoding::Utf16) == t.size());
}

TEST_CASE("LSP lines end at \\n, \\r\\n and \\r; Weft lines only at \\n") {
  Text t("a\r\nbc\rd\ne");
  CHECK(t.positionOf(3, Encoding::Utf16) == Position{1, 0});
  CHECK(t.positionOf(5, Encoding::Utf16) == Position{1, 2});  // the lone \r ends line 1
  CHECK(t.positionOf(6, Encoding::Utf16) == Position{2, 0});
  CHECK(t.offsetOf(Position{0, 5}, Encoding::Utf16) == 1);  // stops before "\r\n"
  CHECK(t.offsetOf(Position{3, 0}, Encoding::Utf16) == 8);
  weft::ast::Pos p = t.posOf(6);
  CHECK(p.line == 2);
  CHECK(p.col == 4);  // "bc\rd": d is the 4th byte of Go's line 2
  CHECK(t.offsetOf(p) == 6);
}

TEST_CASE("Weft positions convert through byte offsets") {
  Text t("package main\n\nfunc main() {\n\tx := \"h\xC3\xA9llo\"\n}\n");
  weft::ast::Pos p{4, 2, 0};  // the x
  std::size_t off = t.offsetOf(p);
  CHECK(t.str()[off] == 'x');
  CHECK(t.positionOf(off, Encoding::Utf16) == Position{3, 1});
  // A column past the line's end is clamped to the line's end.
  CHECK(t.offsetOf(weft::ast::Pos{1, 99, 0}) == 12);
  CHECK(t.offsetOf(weft::ast::Pos{99, 1, 0}) == t.size());
}

TEST_CASE("incremental and full content changes") {
  Text t("hello\nw\xF0\x9F\x98\x80rld\n");
  applyChange(
      t,
      {{"range",
        {{"start", {{"line", 1}, {"character", 3}}}, {"end", {{"line", 1}, {"character", 3}}}}},
       {"text", "o"}},
      Encoding::Utf16);
  CHECK(t.str() == "hello\nw\xF0\x9F\x98\x80orld\n");
  applyChange(
      t,
      {{"range",
        {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 1}, {"character", 0}}}}},
       {"text", ""}},
      Encoding::Utf16);
  CHECK(t.str() == "w\xF0\x9F\x98\x80orld\n");
  // Positions past the end are clamped; the edit appends.
  applyChange(
      t,
      {{"range",
        {{"start", {{"line", 9}, {"character", 0}}}, {"end", {{"line", 9}, {"character", 0}}}}},
       {"text", "!"}},
      Encoding::Utf16);
  CHECK(t.str() == "w\xF0\x9F\x98\x80orld\n!");
  applyChange(t, {{"text", "new"}}, Encoding::Utf16);
  CHECK(t.str() == "new");
  CHECK_THROWS_AS(applyChange(t, {{"range", 5}, {"text", "x"}}, Encoding::Utf16), RpcError);
  CHECK_THROWS_AS(applyChange(t,
                              {{"range",
                                {{"start", {{"line", -1}, {"character", 0}}},
                                 {"end", {{"line", 0}, {"character", 0}}}}},
                               {"text", "x"}},
                              Encoding::Utf16),
                  RpcError);
  CHECK_THROWS_AS(applyChange(t, json::array(), Encoding::Utf16), RpcError);
  CHECK(t.str() == "new");
}

TEST_CASE("file URIs") {
  CHECK(pathFromUri("file:///home/a%20b/x.go") == "/home/a b/x.go");
  CHECK(pathFromUri("file://localhost/tmp/x.go") == "/tmp/x.go");
  CHECK(pathFromUri("untitled:Untitled-1") == "untitled:Untitled-1");
  CHECK(pathFromUri("file:///bad%zz") == "/bad%zz");
  CHECK(uriFromPath("/home/a b/x+y.go") == "file:///home/a%20b/x%2By.go");
  CHECK(pathFromUri(uriFromPath("/t/\xC3\xA9.go")) == "/t/\xC3\xA9.go");
}

TEST_CASE("diagnostic spans cover the token at the position") {
  std::string src = "package main\n\nfunc main() {\n\tx := \"str\" + 12\n}\n";
  Tokens tokens(src);
  std::size_t x = src.find('x'), str = src.find('"'), plus = src.find('+'), twelve = src.find("12");
  CHECK(tokens.spanAt(x) == std::pair<std::size_t, std::size_t>{x, x + 1});
  CHECK(tokens.spanAt(str) == std::pair<std::size_t, std::size_t>{str, str + 5});
  CHECK(tokens.spanAt(str + 2) == std::pair<std::size_t, std::size_t>{str, str + 5});
  CHECK(tokens.spanAt(plus) == std::pair<std::size_t, std::size_t>{plus, plus + 1});
  CHECK(tokens.spanAt(twelve) == std::pair<std::size_t, std::size_t>{twelve, twelve + 2});
  // At the end of a line (an automatic semicolon): an empty span.
  std::size_t eol = src.find('\n', twelve);
  CHECK(tokens.spanAt(eol) == std::pair<std::size_t, std::size_t>{eol, eol});
  CHECK(tokens.inLiteralOrComment(str + 2));
  CHECK_FALSE(tokens.inLiteralOrComment(str));
  CHECK_FALSE(tokens.inLiteralOrComment(x));
}

TEST_CASE("comments are recognised for completion") {
  std::string src = "package main // pkg\n/* block\n x */ var y = 1 /* open\n";
  Tokens tokens(src);
  CHECK(tokens.inLiteralOrComment(src.find("pkg")));
  CHECK(tokens.inLiteralOrComment(src.find("block") + 2));
  CHECK_FALSE(tokens.inLiteralOrComment(src.find("var")));
  CHECK(tokens.inLiteralOrComment(src.find("open")));
}

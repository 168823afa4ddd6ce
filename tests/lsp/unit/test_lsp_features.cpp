// Hover, definition, completion, scopes and symbols on checked programs (standard library from
// the embedded sources; no VM).
#include <doctest.h>

#include <algorithm>
#include <set>

#include "cli/lsp/analysis.hpp"
#include "cli/lsp/features.hpp"
#include "cli/lsp/scope.hpp"
#include "tests/lsp/unit/embedded_loader.hpp"

using namespace weft::lsp;

namespace {

std::shared_ptr<const Analysis> analyse(std::string source) {
  AnalysisOptions options;
  options.loader = weft::lsp_test::embeddedLoader();
  return Analysis::run("/t/prog.go", std::move(source), options);
}

// The offset of the `occurrence`-th `needle`, plus `delta`.
std::size_t at(const Analysis& a, std::string_view needle, int delta = 0, int occurrence = 0) {
  std::size_t i = std::string::npos;
  for (int k = 0; k <= occurrence; k++) i = a.text.str().find(needle, i + 1);
  REQUIRE(i != std::string::npos);
  return i + delta;
}

std::set<std::string> names(const std::vector<Candidate>& cs) {
  std::set<std::string> out;
  for (auto& c : cs) out.insert(c.name);
  return out;
}

std::string hoverText(const Analysis& a, std::size_t offset) {
  json h = hoverAt(a, offset, Encoding::Utf16, false);
  return h.is_null() ? "" : h["contents"]["value"].get<std::string>();
}

json definition(const Analysis& a, std::size_t offset) {
  return definitionAt(a, offset, Encoding::Utf16,
                      [](const Analysis& an, const std::string& f) -> std::optional<std::string> {
                        return "file://" + f;
                      });
}

std::set<std::string> completionLabels(const json& result) {
  std::set<std::string> out;
  for (auto& item : result["items"]) out.insert(item["label"]);
  return out;
}

json complete(const std::shared_ptr<const Analysis>& current,
              const std::shared_ptr<const Analysis>& lastGood, const Text& text,
              std::size_t offset) {
  CompletionInput in{text,
                     offset,
                     current,
                     lastGood,
                     [](std::string t) { return analyse(std::move(t)); },
                     text.positionOf(offset, Encoding::Utf16),
                     Encoding::Utf16};
  return completionAt(in);
}

}  // namespace

TEST_CASE("names in scope follow Go's block structure") {
  auto a = analyse(R"(package main

import (
	"fmt"
	str "strings"
)

var global = 1

func f(p int) (r int) {
	a := 1
	if b := a; b > 0 {
		c := b
		_ = c // in if
	} else {
		_ = b // in else
	}
	for i, v := range []int{1} {
		_ = i + v // in range
	}
	fn := func(q string) {
		_ = q // in literal
	}
	var x any = a
	switch t := x.(type) {
	case int:
		_ = t // in case
	}
	ch := make(chan int)
	select {
	case got := <-ch:
		_ = got // in comm
	}
	fn("")
	late := 2
	_ = late
	return fmt.Sprint(p) != "" && str.Contains("", "") == false
}

func main() { _ = f(global) }
)");
  REQUIRE(a->file);
  auto in = [&](std::string_view marker) { return names(namesInScope(*a, at(*a, marker))); };
  auto ifNames = in("_ = c // in if");
  CHECK(ifNames.count("c"));
  CHECK(ifNames.count("b"));
  CHECK(ifNames.count("a"));
  CHECK(ifNames.count("p"));
  CHECK(ifNames.count("r"));
  CHECK(ifNames.count("global"));
  CHECK(ifNames.count("fmt"));
  CHECK(ifNames.count("str"));
  CHECK_FALSE(ifNames.count("strings"));
  CHECK(ifNames.count("len"));
  CHECK_FALSE(ifNames.count("late"));  // declared after the cursor
  CHECK_FALSE(ifNames.count("fn"));
  auto elseNames = in("_ = b // in else");
  CHECK(elseNames.count("b"));
  CHECK_FALSE(elseNames.count("c"));
  auto rangeNames = in("_ = i + v");
  CHECK(rangeNames.count("i"));
  CHECK(rangeNames.count("v"));
  CHECK_FALSE(rangeNames.count("b"));
  auto litNames = in("_ = q // in literal");
  CHECK(litNames.count("q"));
  CHECK(litNames.count("a"));
  CHECK_FALSE(litNames.count("fn"));  // `fn :=` is not finished at that point
  auto caseNames = in("_ = t // in case");
  CHECK(caseNames.count("t"));
  CHECK(caseNames.count("x"));
  auto commNames = in("_ = got // in comm");
  CHECK(commNames.count("got"));
  CHECK(commNames.count("ch"));
  auto mainNames = in("_ = f(global)");
  CHECK(mainNames.count("f"));
  CHECK_FALSE(mainNames.count("p"));
  CHECK_FALSE(mainNames.count("a"));
}

TEST_CASE("inner declarations shadow outer ones") {
  auto a = analyse(R"(package main

var x = "package"

func main() {
	x := 1
	{
		x := 2.5
		_ = x // here
	}
	_ = x
}
)");
  REQUIRE(a->file);
  auto cs = namesInScope(*a, at(*a, "_ = x // here"));
  auto it = std::find_if(cs.begin(), cs.end(), [](auto& c) { return c.name == "x"; });
  REQUIRE(it != cs.end());
  REQUIRE(it->obj);
  CHECK(it->obj->type->str() == "float64");
  CHECK(std::count_if(cs.begin(), cs.end(), [](auto& c) { return c.name == "x"; }) == 1);
}

TEST_CASE("members: promoted fields and methods, unexported names of other packages hidden") {
  auto a = analyse(R"(package main

import "strings"

type Inner struct{ deep int }

func (Inner) Hello() string { return "hi" }

type Outer struct {
	Inner
	name string
}

func (o *Outer) Name() string { return o.name }

func main() {
	var o Outer
	var b strings.Builder
	_ = o
	_ = b
}
)");
  REQUIRE(a->file);
  const weft::types::Package* main = a->program->mainPackage().pkg;
  auto typeOf = [&](std::string_view name) {
    for (auto& c : namesInScope(*a, at(*a, "_ = o")))
      if (c.name == name) return c.obj->type;
    FAIL("no " << name);
    return static_cast<const weft::types::Type*>(nullptr);
  };
  auto outer = names(membersOf(typeOf("o"), false, main));
  CHECK(outer == std::set<std::string>{"Inner", "name", "Name", "Hello", "deep"});
  auto builder = names(membersOf(typeOf("b"), false, main));
  CHECK(builder.count("WriteString"));
  CHECK(builder.count("String"));
  for (auto& n : builder) CHECK_MESSAGE(std::isupper(static_cast<unsigned char>(n[0])), n);
  // A method expression Outer.Hello / (*Outer).Name: methods only.
  auto methods = names(membersOf(typeOf("o"), true, main));
  CHECK(methods == std::set<std::string>{"Name", "Hello"});
}

TEST_CASE("hover texts") {
  auto a = analyse(R"(package main

import "fmt"

// Limit is the most there can be.
const Limit = 10 << 2

type Celsius float64

// String formats the temperature.
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Shape interface {
	// Area is the surface.
	Area() float64
}

func area(s Shape) float64 { return s.Area() }

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	t := Celsius(21.5)
	fmt.Println(t.String(), sum(1, 2), Limit, len("abc"), nil == fmt.Stringer(nil))
}
)");
  REQUIRE(a->file);
  CHECK(hoverText(*a, at(*a, "Limit, len")) ==
        "const Limit untyped int = 40\n\nLimit is the most there can be.");
  CHECK(hoverText(*a, at(*a, "String(),", 1)) ==
        "func (c Celsius) String() string\n\nString formats the temperature.");
  CHECK(hoverText(*a, at(*a, "sum(1")) == "func sum(xs ...int) (total int)");
  CHECK(hoverText(*a, at(*a, "Area()", 0, 1)) ==
        "func (Shape) Area() float64\n\nArea is the surface.");
  CHECK(hoverText(*a, at(*a, "t := ")) == "var t Celsius");
  CHECK(hoverText(*a, at(*a, "Celsius float64"))
            .starts_with("type Celsius float64\n\nfunc (c Celsius) String() string"));
  CHECK(hoverText(*a, at(*a, "len(")) == "func len(v Type) int");
  CHECK(hoverText(*a, at(*a, "fmt.Println")).starts_with("package fmt"));
  CHECK(hoverText(*a, at(*a, "nil ==")).starts_with("var nil Type"));
  // Operators and calls show the type of their expression.
  std::string shift = hoverText(*a, at(*a, "<< 2"));  // the checker's recorded type, = value
  CHECK(shift.find("int") != std::string::npos);
  CHECK(shift.ends_with(" = 40"));
  CHECK(hoverText(*a, at(*a, "(1, 2)")) == "int");
  // Nothing under a space or a comment.
  CHECK(hoverText(*a, at(*a, "// Limit")) == "");
}

TEST_CASE("definitions") {
  auto a = analyse(R"(package main

import (
	"fmt"
	"strings"
)

type P struct{ X int }

type Q struct{ P }

func (p P) Get() int { return p.X }

func main() {
	q := Q{}
	f := q.Get
	_ = q.X + f()
	_ = strings.ToUpper("x")
	var st fmt.Stringer
	_ = st.String
}
)");
  REQUIRE(a->file);
  auto def = [&](std::string_view needle, int delta = 0) {
    json loc = definition(*a, at(*a, needle, delta));
    if (loc.is_null()) return std::string("null");
    return loc["uri"].get<std::string>() + ":" +
           std::to_string(int(loc["range"]["start"]["line"])) + ":" +
           std::to_string(int(loc["range"]["start"]["character"]));
  };
  CHECK(def("q.X", 2) == "file:///t/prog.go:7:15");  // X through the embedded P
  CHECK(def("q.Get", 2) == "file:///t/prog.go:11:11");
  CHECK(def("f()") == "file:///t/prog.go:15:1");
  CHECK(def("Q{}") == "file:///t/prog.go:9:5");
  // An interface method of another package (such methods carry no package).
  std::string str = def("st.String", 3);
  CHECK(str.starts_with("file://fmt/"));
  if (const Text* fmt = a->source(str.substr(7, str.find(':', 7) - 7))) {
    json loc = definition(*a, at(*a, "st.String", 3));
    std::size_t off = fmt->offsetOf(positionFrom(loc["range"]["start"]), Encoding::Utf16);
    CHECK(fmt->str().substr(off, 8) == "String()");
  }
  std::string upper = def("ToUpper");
  CHECK(upper.starts_with("file://strings/"));
  CHECK(def("int }") == "null");  // a predeclared type has no source
  CHECK(def("\"strings\"", 1).starts_with("file://strings/"));
}

TEST_CASE("completion after a dot, in scope, and from the last good analysis") {
  std::string src = R"(package main

import "fmt"

type T struct{ Field int }

func (T) Method() {}

func main() {
	var t T
	t.Method()
	fmt.Println(t)
}
)";
  auto good = analyse(src);
  REQUIRE(good->file);

  // `t.` on a new line: the text parses once a placeholder follows the dot.
  Text edited(src);
  std::size_t line = src.find("\tfmt.Println");
  edited.replace(line, line, "\tt.\n");
  auto current = analyse(edited.str());
  auto labels = completionLabels(complete(current, good, edited, line + 3));
  CHECK(labels == std::set<std::string>{"Field", "Method"});

  // The same with the file broken elsewhere: the chain is resolved in the last good analysis.
  Text broken(edited.str() + "func broken( {\n");
  auto brokenAnalysis = analyse(broken.str());
  CHECK_FALSE(brokenAnalysis->file);
  labels = completionLabels(complete(brokenAnalysis, good, broken, line + 3));
  CHECK(labels == std::set<std::string>{"Field", "Method"});

  // `fmt.Pr`: the name typed so far is kept; exported members only.
  Text typed(src);
  typed.replace(line, line, "\tfmt.Pr\n");
  labels = completionLabels(complete(analyse(typed.str()), good, typed, line + 7));
  CHECK(labels.count("Println"));
  CHECK(labels.count("Sprintf"));
  CHECK(std::none_of(labels.begin(), labels.end(),
                     [](auto& l) { return std::islower(static_cast<unsigned char>(l[0])); }));

  // Names in scope plus keywords.
  Text same(src);
  labels = completionLabels(complete(good, good, same, line + 1));
  CHECK(labels.count("t"));
  CHECK(labels.count("T"));
  CHECK(labels.count("fmt"));
  CHECK(labels.count("main"));
  CHECK(labels.count("append"));
  CHECK(labels.count("return"));

  // Nothing in comments, strings, or after a number's dot.
  Text comment(src + "// t.\n");
  CHECK(completionLabels(complete(good, good, comment, comment.size() - 1)).empty());
  Text number(src);
  std::size_t call = src.find("fmt.Println(t)") + 12;
  number.replace(call, call + 1, "1.");
  CHECK(completionLabels(complete(analyse(number.str()), good, number, call + 2)).empty());
}

TEST_CASE("document symbols") {
  auto a = analyse(R"(package main

type (
	A struct {
		X, Y int
	}
	I interface{ M() }
)

const (
	C1 = iota
	C2
)

var v, w = 1, 2

func (a *A) Sum() int { return a.X + a.Y }

func main() {}
)");
  REQUIRE(a->file);
  json syms = documentSymbols(*a, Encoding::Utf16, true, "file:///t/prog.go");
  std::vector<std::string> got;
  for (auto& s : syms) got.push_back(s["name"]);
  CHECK(got == std::vector<std::string>{"A", "I", "C1", "C2", "v", "w", "(*A).Sum", "main"});
  for (auto& s : syms) {
    // The selection range lies inside the range.
    auto before = [](const json& p, const json& q) {
      return p["line"] < q["line"] || (p["line"] == q["line"] && p["character"] <= q["character"]);
    };
    CHECK_MESSAGE(before(s["range"]["start"], s["selectionRange"]["start"]), s.dump());
    CHECK_MESSAGE(before(s["selectionRange"]["end"], s["range"]["end"]), s.dump());
  }
  CHECK(syms[0]["kind"] == 23);  // Struct
  CHECK(syms[0]["children"].size() == 2);
  CHECK(syms[1]["kind"] == 11);  // Interface
  CHECK(syms[1]["children"][0]["name"] == "M");
  CHECK(syms[2]["kind"] == 14);  // Constant
  CHECK(syms[6]["kind"] == 6);   // Method
  // A's range covers its whole spec, up to the closing brace (line 5, 0-based).
  CHECK(syms[0]["range"]["end"]["line"] == 5);

  json flat = documentSymbols(*a, Encoding::Utf16, false, "file:///t/prog.go");
  bool fieldX = false;
  for (auto& s : flat)
    if (s["name"] == "X") fieldX = s["containerName"] == "A";
  CHECK(fieldX);
}

TEST_CASE("diagnostics cover the offending token, in UTF-16") {
  // Go reports the same two errors at 4:2 and 5:18 (bytes).
  auto a = analyse(
      "package main\n\nfunc main() {\n\tx := 1\n\ts := \"\xC3\xA9\xF0\x9F\x98\x80\" + nope\n\t_ = "
      "s\n}\n");
  json d = diagnosticsFor(*a, Encoding::Utf16);
  REQUIRE(d.size() == 2);
  CHECK(d[0]["message"] == "declared and not used: x");
  CHECK(d[0]["range"] == json::parse(R"({"start":{"line":3,"character":1},
                                          "end":{"line":3,"character":2}})"));
  CHECK(d[1]["message"] == "undefined: nope");
  // "\ts := "é😀" + nope": é is one unit, 😀 two.
  CHECK(d[1]["range"] == json::parse(R"({"start":{"line":4,"character":14},
                                          "end":{"line":4,"character":18}})"));
  json d8 = diagnosticsFor(*a, Encoding::Utf8);
  CHECK(d8[1]["range"]["start"]["character"] == 17);
}

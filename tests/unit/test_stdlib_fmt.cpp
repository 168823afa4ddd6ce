// fmt's printer on hand-built values; every expected string is the output of the same
// Sprintf/Sprint/Sprintln call in real Go (go1.19; %w as in Go 1.20+).
#include <doctest.h>

#include <cmath>
#include <limits>

#include "stdlib/fmt/typestring.hpp"
#include "stdlib_value_kit.hpp"

using weft::testkit::ValueKit;
using weft::vm::Word;
namespace types = weft::types;

TEST_CASE("fmt: integers, flags, width, precision") {
  ValueKit k;
  auto I = [&](int64_t v) { return k.box(&k.Int, k.i(v)); };
  auto R = [&](int32_t v) { return k.box(&k.Int32, k.i(v)); };
  CHECK(k.sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U",
                  {I(42), I(42), I(42), I(-42), I(42), I(42), I(255), I(255), I(255), I(8), I(8),
                   I(8), I(5), R('A'), R('x'), I(0x1F600), R('x')}) ==
        "42|   42|42   |-0042|+42| 42|ff|FF|0xff|10|010|0o10|101|A|'x'|U+1F600|U+0078 'x'");
  CHECK(k.sprintf("%.3d|%8.3d|%08.3d|%.0d|%5.0d|%x|%#X",
                  {I(7), I(7), I(7), I(0), I(0), I(-255), k.box(&k.Uint8, 200)}) ==
        "007|     007|     007||     |-ff|0XC8");
  CHECK(k.sprintf("%v|%d|%v|%v", {k.box(&k.Int8, k.i(-128)), k.box(&k.Uint64, ~Word{0}),
                                  k.box(&k.Int64, k.i(INT64_MIN)), k.box(&k.Uintptr, 10)}) ==
        "-128|18446744073709551615|-9223372036854775808|10");
  CHECK(k.sprintf("%v %v", {k.box(&k.Int32, k.i(-5)), k.box(&k.Uint32, 5)}) == "-5 5");
  CHECK(k.sprintf("%c|%c|%q", {I(0x110000), I(-1), I(0xD800)}) == "\ufffd|\ufffd|'\ufffd'");
}

TEST_CASE("fmt: floats and complex numbers") {
  ValueKit k;
  auto F = [&](double v) { return k.box(&k.Float64, k.f64(v)); };
  CHECK(k.sprintf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1e|%E|%g|%G|%.3g|%#g|%#.3g|%#v",
                  {F(3.14159), F(2.5), F(3.14159), F(3.14159), F(-3.14159), F(12345.678), F(1e-10),
                   F(1e21), F(1e-7), F(1234.5678), F(1.0), F(2.0), F(1.0)}) ==
        "3.141590|2.50|   3.142|3.142   |-003.142|+1.2e+04|1.000000E-10|1e+21|1E-07|1.23e+03|"
        "1.00000|2.00|1");
  CHECK(k.sprintf("%v|%v|%v|%v|%v|%v|%v",
                  {F(1e6), F(1.5), F(3.14159), F(1e-5), F(100000.0), k.box(&k.Float32, k.f32(0.1f)),
                   k.box(&k.Float32, k.f32(1e20f))}) == "1e+06|1.5|3.14159|1e-05|100000|0.1|1e+20");
  double inf = std::numeric_limits<double>::infinity();
  CHECK(k.sprintf(
            "%v|%5.1f|%+v|%v|%08.2f|% .2f|%x|%X|%b",
            {F(inf), F(-inf), F(std::nan("")), F(0.0), F(-inf), F(1.5), F(1.5), F(-1.5), F(1.0)}) ==
        "+Inf| -Inf|NaN|0|    -Inf| 1.50|0x1.8p+00|-0X1.8P+00|4503599627370496p-52");
  CHECK(k.sprintf("%v|%.2f|%+.1v", {k.box(&k.Complex128, {k.f64(1), k.f64(2)}),
                                    k.box(&k.Complex128, {k.f64(-1.5), k.f64(0.25)}),
                                    k.box(&k.Complex64, {k.f32(3), k.f32(-4)})}) ==
        "(1+2i)|(-1.50+0.25i)|(3-4i)");
  CHECK(k.sprintf(
            "%010.3f|%-010d|%+010d|%+.3e|%#.0f|%#.0e|%#x",
            {F(-3.14159), k.box(&k.Int, 5), k.box(&k.Int, 5), F(0.0), F(3.0), F(3.0), F(1.0)}) ==
        "-00003.142|5         |+000000005|+0.000e+00|3.|3.e+00|0x1.0000p+00");
  CHECK(k.sprintf("%s", {F(3.5)}) == "%!s(float64=3.5)");
}

TEST_CASE("fmt: strings, bools, byte slices") {
  ValueKit k;
  auto S = [&](const char* s) { return k.box(&k.String, k.str(s)); };
  auto B = [&](bool b) { return k.box(&k.Bool, b ? 1 : 0); };
  CHECK(k.sprintf("%s|%10s|%-10s|%.2s|%q|%+q|%#q|%#q|%x|% x|%#x|% #X|%5.1q",
                  {S("hi"), S("hi"), S("hi"), S("héllo"), S("a\"b\n"), S("héllo"), S("back`q"),
                   S("raw"), S("hi"), S("hi"), S("hi"), S("hi"), S("héllo")}) ==
        "hi|        hi|hi        |hé|\"a\\\"b\\n\"|\"h\\u00e9llo\"|\"back`q\"|`raw`|6869|68 69|"
        "0x6869|0X68 0X69|  \"h\"");
  CHECK(k.sprintf("%t|%v|%6t|%s", {B(true), B(false), B(true), B(true)}) ==
        "true|false|  true|%!s(bool=true)");
  CHECK(k.sprintf("%.3s|%.10s|%.0s", {S("日本語日本語"), S("ab"), S("abc")}) == "日本語|ab|");
  CHECK(k.sprintf("%5t|%-7t|%q", {B(true), B(false), B(true)}) == " true|false  |%!q(bool=true)");
  const types::Type* byteSlice = k.slice(&k.Uint8);
  auto BS = [&](const char* s) { return k.box(byteSlice, k.bytes(s)); };
  CHECK(k.sprintf("%v|%s|%x|%X|% x|%q|%#v|%T|%#v",
                  {BS("hi"), BS("hi"), BS("hi"), BS("hi"), BS("hi"), BS("hi"), BS("hi"), BS("hi"),
                   k.box(byteSlice, Word{0})}) ==
        "[104 105]|hi|6869|6869|68 69|\"hi\"|[]byte{0x68, 0x69}|[]uint8|[]byte(nil)");
  const types::Type* byteArr3 = k.array(&k.Uint8, 3);
  const types::Type* byteArr2 = k.array(&k.Uint8, 2);
  Word abc = k.box(byteArr3, {65, 66, 67});
  CHECK(k.sprintf("%v|%s|%x|%#v|%T",
                  {abc, abc, abc, k.box(byteArr2, {1, 2}), k.box(byteArr2, {1, 2})}) ==
        "[65 66 67]|ABC|414243|[2]uint8{0x1, 0x2}|[2]uint8");
  CHECK(k.sprintf("%6.2v|%x", {S("abc"), k.box(&k.String, Word{0})}) == "    ab|");
}

TEST_CASE("fmt: Printf errors") {
  ValueKit k;
  auto I = [&](int64_t v) { return k.box(&k.Int, k.i(v)); };
  auto S = [&](const char* s) { return k.box(&k.String, k.str(s)); };
  auto F = [&](double v) { return k.box(&k.Float64, k.f64(v)); };
  CHECK(k.sprintf("%d %s", {S("str"), I(5)}) == "%!d(string=str) %!s(int=5)");
  CHECK(k.sprintf("%d %d", {I(1)}) == "1 %!d(MISSING)");
  CHECK(k.sprintf("%d", {I(1), I(2), S("x")}) == "1%!(EXTRA int=2, string=x)");
  CHECK(k.sprintf("%[2]d %[1]d|%[3]d|%[0]d|%[x]d|%[2]*[1]d", {I(1), I(2)}) ==
        "2 1|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)| 1");
  CHECK(k.sprintf("%*d|%-*d|%.*f|%*d", {I(5), I(1), I(5), I(2), I(2), F(3.14159), S("x"), I(3)}) ==
        "    1|2    |3.14|%!(BADWIDTH)3");
  CHECK(k.sprintf("%!|%z|%", {I(1)}) == "%!!(int=1)|%!z(MISSING)|%!(NOVERB)");
  const types::Type* anySlice = k.slice(&k.emptyIface);
  CHECK(k.sprintf("%v %v %d", {0, k.box(anySlice, k.sliceOf({0})), 0}) ==
        "<nil> [<nil>] %!d(<nil>)");
}

TEST_CASE("fmt: structs, pointers, %T") {
  ValueKit k;
  types::Named* T = k.named("T", k.structOf({{"X", &k.Int}, {"Y", &k.String}}));
  const types::Type* PT = k.pointer(T);
  Word tv = k.box(T, {k.i(1), k.str("a")});
  CHECK(k.sprintf("%v|%+v|%#v|%T", {tv, tv, tv, tv}) ==
        "{1 a}|{X:1 Y:a}|main.T{X:1, Y:\"a\"}|main.T");
  Word tp = k.box(PT, reinterpret_cast<Word>(k.words({k.i(1), k.str("a")})));
  CHECK(k.sprintf("%v|%+v|%#v|%T", {tp, tp, tp, tp}) ==
        "&{1 a}|&{X:1 Y:a}|&main.T{X:1, Y:\"a\"}|*main.T");
  Word nilp = k.box(PT, Word{0});
  CHECK(k.sprintf("%v|%#v|%T", {nilp, nilp, nilp}) == "<nil>|(*main.T)(nil)|*main.T");
  types::Named* P = k.named("P", k.structOf({{"Name", &k.String}, {"age", &k.Int}, {"In", PT}}));
  Word pv = k.box(P, {k.str("bob"), k.i(3), 0});
  CHECK(k.sprintf("%v|%+v", {pv, pv}) == "{bob 3 <nil>}|{Name:bob age:3 In:<nil>}");
  const types::Type* empty = k.structOf({});
  const types::Type* ab = k.structOf({{"A", &k.Int}, {"B", &k.Int}});
  CHECK(k.sprintf("%v|%v|%v", {k.box(empty, std::vector<Word>{}), k.box(ab, {1, 2}),
                               k.box(k.array(&k.Int, 0), std::vector<Word>{})}) == "{}|{1 2}|[]");
  CHECK(k.sprintf("%-8v", {tv}) == "{1        a       }");
  CHECK(k.sprintf("%08v", {k.box(&k.Int, 42)}) == "00000042");
}

TEST_CASE("fmt: slices, arrays, interfaces") {
  ValueKit k;
  const types::Type* ints = k.slice(&k.Int);
  auto IS = [&](std::vector<Word> w) { return k.box(ints, k.sliceOf(std::move(w))); };
  CHECK(k.sprintf("%v|%#v|%v|%#v|%d|%x|%T",
                  {IS({1, 2, 3}), IS({1, 2}), k.box(ints, Word{0}), k.box(ints, Word{0}),
                   IS({10, 11}), IS({10, 11}), IS({})}) ==
        "[1 2 3]|[]int{1, 2}|[]|[]int(nil)|[10 11]|[a b]|[]int");
  const types::Type* strs = k.slice(&k.String);
  Word ab = k.box(strs, k.sliceOf({k.str("a"), k.str("b")}));
  CHECK(k.sprintf("%v|%q|%#v|%x", {ab, ab, k.box(strs, k.sliceOf({k.str("a")})),
                                   k.box(strs, k.sliceOf({k.str("hi"), k.str("yo")}))}) ==
        "[a b]|[\"a\" \"b\"]|[]string{\"a\"}|[6869 796f]");
  const types::Type* anys = k.slice(&k.emptyIface);
  Word mixed = k.box(anys, k.sliceOf({k.box(&k.Int, 1), k.box(&k.String, k.str("a")), 0,
                                      k.box(&k.Float64, k.f64(2.5))}));
  Word mixed2 = k.box(anys, k.sliceOf({k.box(&k.Int, 1), k.box(&k.String, k.str("a")), 0}));
  CHECK(k.sprintf("%v|%d|%s|%#v|%T",
                  {mixed, k.box(anys, k.sliceOf({k.box(&k.Int, 1), k.box(&k.Int, 2)})),
                   k.box(anys, k.sliceOf({k.box(&k.String, k.str("x")), k.box(&k.Int, 3)})), mixed2,
                   k.box(anys, k.sliceOf({}))}) ==
        "[1 a <nil> 2.5]|[1 2]|[x %!s(int=3)]|[]interface {}{1, \"a\", interface {}(nil)}|"
        "[]interface {}");
  const types::Type* grid = k.array(k.array(&k.Int, 2), 2);
  const types::Type* strss = k.slice(strs);
  CHECK(k.sprintf("%v|%v", {k.box(grid, {1, 2, 3, 4}),
                            k.box(strss, k.sliceOf({k.sliceOf({k.str("a")}), k.sliceOf({})}))}) ==
        "[[1 2] [3 4]]|[[a] []]");
}

TEST_CASE("fmt: maps print with sorted keys") {
  ValueKit k;
  const types::Type* si = k.mapOf(&k.String, &k.Int);
  Word m = k.fakeMap({{{k.str("b")}, {2}}, {{k.str("a")}, {1}}, {{k.str("c")}, {3}}});
  Word m2 = k.fakeMap({{{k.str("b")}, {2}}, {{k.str("a")}, {1}}});
  CHECK(k.sprintf("%v|%#v|%v|%#v",
                  {k.box(si, m), k.box(si, m2), k.box(si, Word{0}), k.box(si, Word{0})}) ==
        "map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2}|map[]|map[string]int(nil)");
  const types::Type* is = k.mapOf(&k.Int, &k.String);
  const types::Type* fi = k.mapOf(&k.Float64, &k.Int);
  const types::Type* bi = k.mapOf(&k.Bool, &k.Int);
  double inf = std::numeric_limits<double>::infinity();
  CHECK(k.sprintf("%v|%v|%v", {k.box(is, k.fakeMap({{{k.i(3)}, {k.str("c")}},
                                                    {{k.i(-1)}, {k.str("z")}},
                                                    {{k.i(10)}, {k.str("x")}}})),
                               k.box(fi, k.fakeMap({{{k.f64(2.5)}, {2}},
                                                    {{k.f64(std::nan(""))}, {1}},
                                                    {{k.f64(0)}, {4}},
                                                    {{k.f64(-inf)}, {3}}})),
                               k.box(bi, k.fakeMap({{{1}, {1}}, {{0}, {0}}}))}) ==
        "map[-1:z 3:c 10:x]|map[NaN:1 -Inf:3 0:4 2.5:2]|map[false:0 true:1]");
  types::Named* T = k.named("T", k.structOf({{"X", &k.Int}, {"Y", &k.String}}));
  const types::Type* ti = k.mapOf(T, &k.Int);
  const types::Type* ab = k.mapOf(k.array(&k.Int, 2), &k.Bool);
  CHECK(k.sprintf("%v|%v", {k.box(ti, k.fakeMap({{{2, k.str("a")}, {1}},
                                                 {{1, k.str("b")}, {2}},
                                                 {{1, k.str("a")}, {3}}})),
                            k.box(ab, k.fakeMap({{{2, 1}, {1}}, {{1, 2}, {0}}}))}) ==
        "map[{1 a}:3 {1 b}:2 {2 a}:1]|map[[1 2]:false [2 1]:true]");
  const types::Type* sl = k.mapOf(&k.String, k.slice(&k.Int));
  CHECK(k.sprintf("%v", {k.box(sl, k.fakeMap({{{k.str("k")}, {k.sliceOf({1})}}}))}) ==
        "map[k:[1]]");
}

TEST_CASE("fmt: String, Error and GoString methods") {
  ValueKit k;
  types::Named* C = k.named("Celsius", &k.Float64);
  k.addStringMethod(C, "String", false, [&](const weft::stdlib::fmt::Operand& v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f°C", std::bit_cast<double>(v.slots[0]));
    return std::string(buf);
  });
  auto Cv = [&](double d) { return k.box(C, k.f64(d)); };
  types::Named* W = k.named("Wrap", k.structOf({{"C", C}, {"c", C}}));
  Word w = k.box(W, {k.f64(1), k.f64(2)});
  CHECK(k.sprintf("%v|%s|%d|%v|%+v|%#v",
                  {Cv(21.5), Cv(21.5), Cv(21.5), k.box(k.slice(C), k.sliceOf({k.f64(1), k.f64(2)})),
                   w, w}) ==
        "21.5°C|21.5°C|%!d(main.Celsius=21.5)|[1.0°C 2.0°C]|{C:1.0°C c:2}|main.Wrap{C:1, c:2}");

  types::Named* E = k.named("E", k.structOf({{"msg", &k.String}}));
  k.addStringMethod(E, "Error", true, [&](const weft::stdlib::fmt::Operand& v) {
    auto* p = reinterpret_cast<const Word*>(v.slots[0]);
    return "E:" + std::string(weft::vm::view(reinterpret_cast<const weft::vm::String*>(p[0])));
  });
  const types::Type* PE = k.pointer(E);
  auto Ep = [&](const char* s) { return k.box(PE, reinterpret_cast<Word>(k.words({k.str(s)}))); };
  CHECK(k.sprintf("%v|%s|%v|%T", {Ep("boom"), Ep("x"), k.box(E, {k.str("y")}), Ep("")}) ==
        "E:boom|E:x|{y}|*main.E");
  // A nil *E: Go's fmt catches the nil dereference in Error and prints <nil>.
  Word nilE = k.box(PE, Word{0});
  CHECK(k.sprintf("%v|%v|%#v|%T", {0, nilE, nilE, nilE}) == "<nil>|<nil>|(*main.E)(nil)|*main.E");

  types::Named* G = k.named("G", k.structOf({{"A", &k.Int}}));
  k.addStringMethod(G, "GoString", false, [](const weft::stdlib::fmt::Operand&) { return "G!"; });
  Word gs = k.box(k.slice(G), k.sliceOf({2}));
  CHECK(k.sprintf("%v|%#v|%+v|%#v", {k.box(G, {1}), k.box(G, {1}), gs, gs}) ==
        "{1}|G!|[{A:2}]|[]main.G{G!}");

  // %w outside Errorf.
  types::Named* errorString = k.named("errorString", k.structOf({{"s", &k.String}}), &k.errorsPkg);
  k.addStringMethod(errorString, "Error", true, [&](const weft::stdlib::fmt::Operand& v) {
    auto* p = reinterpret_cast<const Word*>(v.slots[0]);
    return std::string(weft::vm::view(reinterpret_cast<const weft::vm::String*>(p[0])));
  });
  Word ex = k.box(k.pointer(errorString), reinterpret_cast<Word>(k.words({k.str("x")})));
  CHECK(k.sprintf("%w", {ex}) == "%!w(*errors.errorString=&{x})");
  // Errorf mode records the wrapped operands.
  weft::stdlib::fmt::Printer p(k);
  p.allowWrapping();
  std::vector<Word> args{k.box(&k.String, k.str("ctx")), ex};
  p.doPrintf("%s: %w", args.data(), args.size());
  CHECK(p.take() == "ctx: x");
  CHECK(p.wrappedArgs() == std::vector<int>{1});
}

TEST_CASE("fmt: Print and Println spacing") {
  ValueKit k;
  std::vector<Word> args{k.box(&k.Int, 1),
                         k.box(&k.String, k.str("a")),
                         k.box(&k.String, k.str("b")),
                         k.box(&k.Int, 2),
                         k.box(&k.Int, 3),
                         0,
                         k.box(&k.Int32, 'x'),
                         k.box(&k.Float64, k.f64(1.0))};
  CHECK(k.sprintln(args) == "1 a b 2 3 <nil> 120 1\n");
  args.push_back(k.box(&k.String, k.str("\n")));
  CHECK(k.sprint(args) == "1ab2 3 <nil> 120 1\n");
  CHECK(k.sprint({k.box(&k.Int, 1), k.box(&k.Int, 2)}) == "1 2");
  CHECK(k.sprint({k.box(&k.String, k.str("a")), k.box(&k.String, k.str("b"))}) == "ab");
}

TEST_CASE("fmt: reflect type names") {
  ValueKit k;
  using weft::stdlib::fmt::reflectTypeString;
  CHECK(reflectTypeString(k.mapOf(&k.String, k.slice(k.pointer(k.named("S", &k.Int))))) ==
        "map[string][]*main.S");
  CHECK(reflectTypeString(k.array(&k.Int32, 3)) == "[3]int32");
  CHECK(reflectTypeString(k.make<types::Chan>(types::ChanDir::Recv, &k.Int)) == "<-chan int");
  CHECK(reflectTypeString(k.make<types::Chan>(types::ChanDir::Both,
                                              k.make<types::Chan>(types::ChanDir::Recv, &k.Int))) ==
        "chan (<-chan int)");
  CHECK(reflectTypeString(k.make<types::Chan>(types::ChanDir::Send,
                                              k.make<types::Chan>(types::ChanDir::Both, &k.Int))) ==
        "chan<- chan int");
  auto* sig = k.make<types::Signature>();
  auto* params = k.make<types::Tuple>();
  params->vars.push_back(k.make<types::Var>("", weft::ast::Pos{}, &k.Int));
  params->vars.push_back(k.make<types::Var>("", weft::ast::Pos{}, k.slice(&k.String)));
  auto* results = k.make<types::Tuple>();
  results->vars.push_back(k.make<types::Var>("", weft::ast::Pos{}, &k.Int));
  results->vars.push_back(
      k.make<types::Var>("", weft::ast::Pos{}, k.named("error", &k.emptyIface)));
  results->vars.back()->type = [&] {
    auto* e = k.named("error", &k.emptyIface);
    e->obj->pkg = nullptr;
    return e;
  }();
  sig->params = params;
  sig->results = results;
  sig->variadic = true;
  CHECK(reflectTypeString(sig) == "func(int, ...string) (int, error)");
  types::Struct* anon =
      k.structOf({{"A", &k.Int}, {"b", k.slice(&k.Uint8)}, {"S", k.named("S", &k.Int), true}});
  CHECK(reflectTypeString(anon) == "struct { A int; b []uint8; main.S }");
  types::Struct* tagged = k.structOf({{"A", &k.Int}});
  tagged->tags.push_back("tag");
  CHECK(reflectTypeString(tagged) == "struct { A int \"tag\" }");
  CHECK(reflectTypeString(k.structOf({})) == "struct {}");
  CHECK(reflectTypeString(k.slice(&k.emptyIface)) == "[]interface {}");
}

// The X3 building blocks the grammar is written with. The grammar runs over tokens, so the
// primitives match tokens, not characters:
//   tok(Tok::X)         one token of kind X; attribute: the token (const Token*)
//   ident               an identifier; attribute: a new ast::Ident*
//   must(p, "what")     p, or "syntax error: unexpected <tok>, expected what"
//   fail_unexpected(s)  always throws "syntax error: unexpected <tok><s>"
//   fail_plain(m)       always throws "syntax error: <m>"
//   go_list(p, sep, close, "context")
//                       Go's list(): [ p { sep p } [sep] ] close, with Go's error message
//                       "unexpected X in <context>; possibly missing <sep> or <close>"
//   nest[p]             counts one nesting level (see kMaxNesting) and checks the stack
//   xnest_inc[p]        p inside ( ) [ ] { }: composite literals allowed again
//   header_scope[p]     p inside a control clause header: `T{` is not a composite literal
//   range_scope<on>[p]  allows (on) / forbids (off) `range` in simple statements inside p
// Semantic actions are written with act(f): f(_val, _attr, state).
#pragma once

#include <string>

#include "lang/parser/build.hpp"
#include "lang/parser/config.hpp"

namespace weft::lang::parser {

// ----- tokens -----------------------------------------------------------------------------------

struct tok_parser : x3::parser<tok_parser> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  Tok kind;
  constexpr explicit tok_parser(Tok k) : kind(k) {}

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || first->kind != kind) return false;
    if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>) attr = first;
    ++first;
    return true;
  }
};
constexpr tok_parser tok(Tok k) {
  return tok_parser(k);
}

// One token of any of the given kinds.
struct tok_set_parser : x3::parser<tok_set_parser> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  uint64_t lo = 0, hi = 0;  // bit sets over Tok values
  template <class... T>
  constexpr explicit tok_set_parser(T... kinds) {
    (add(kinds), ...);
  }
  constexpr void add(Tok k) {
    unsigned v = static_cast<unsigned>(k);
    if (v < 64)
      lo |= uint64_t(1) << v;
    else
      hi |= uint64_t(1) << (v - 64);
  }
  constexpr bool has(Tok k) const {
    unsigned v = static_cast<unsigned>(k);
    return v < 64 ? (lo >> v) & 1 : (hi >> (v - 64)) & 1;
  }
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    if (first == last || !has(first->kind)) return false;
    if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>) attr = first;
    ++first;
    return true;
  }
};
template <class... T>
constexpr tok_set_parser tok_any(T... kinds) {
  return tok_set_parser(kinds...);
}

struct ident_parser : x3::parser<ident_parser> {
  using attribute_type = ast::Ident*;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    if (first == last || first->kind != Tok::Ident) return false;
    if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>)
      attr = state(ctx).arena.template make<ast::Ident>(first->pos, std::string(first->text));
    ++first;
    return true;
  }
};
constexpr ident_parser ident{};

// A literal token (any kind, or only strings); attribute: a new ast::BasicLit*.
struct basic_lit_parser : x3::parser<basic_lit_parser> {
  using attribute_type = ast::BasicLit*;
  static bool const has_attribute = true;
  bool stringOnly;
  constexpr explicit basic_lit_parser(bool s) : stringOnly(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    if (first == last || !isLiteral(first->kind)) return false;
    if (stringOnly && first->kind != Tok::String) return false;
    if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>)
      attr = makeBasicLit(state(ctx).arena, *first);
    ++first;
    return true;
  }
};
constexpr basic_lit_parser basic_lit{false};
constexpr basic_lit_parser string_lit{true};

// Matches nothing; attribute: the current token (for node positions).
struct here_parser : x3::parser<here_parser> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const&, RCtx&, Attr& attr) const {
    if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>) attr = first;
    return true;
  }
};
constexpr here_parser here{};

// Matches nothing; records the current token in State::lastEnd.
struct mark_parser : x3::parser<mark_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    state(ctx).lastEnd = first;
    return true;
  }
};
constexpr mark_parser mark{};

// ----- errors -----------------------------------------------------------------------------------

template <class Subject>
struct must_parser : x3::unary_parser<Subject, must_parser<Subject>> {
  using base = x3::unary_parser<Subject, must_parser<Subject>>;
  static bool const is_pass_through_unary = true;
  const char* what;
  constexpr must_parser(Subject const& s, const char* w) : base(s), what(w) {}

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    if (this->subject.parse(first, last, ctx, rctx, attr)) return true;
    throwUnexpected(*first, std::string(", expected ") + what);
  }
};
template <class P>
constexpr auto must(P const& p, const char* what) {
  return must_parser<typename x3::extension::as_parser<P>::value_type>(x3::as_parser(p), what);
}

struct fail_unexpected_parser : x3::parser<fail_unexpected_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* suffix;
  constexpr explicit fail_unexpected_parser(const char* s) : suffix(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const&, RCtx&, Attr&) const {
    throwUnexpected(*first, suffix);
  }
};
constexpr fail_unexpected_parser fail_unexpected(const char* suffix) {
  return fail_unexpected_parser(suffix);
}

struct fail_plain_parser : x3::parser<fail_plain_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* message;
  constexpr explicit fail_plain_parser(const char* m) : message(m) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const&, RCtx&, Attr&) const {
    throwSyntax(first->pos, *first, message);
  }
};
constexpr fail_plain_parser fail_plain(const char* message) {
  return fail_plain_parser(message);
}

// Weft has no generics: a type parameter list or constraint syntax is reported as such rather
// than as a confusing "unexpected" error.
constexpr fail_plain_parser no_generics = fail_plain("generic type parameters are not supported");
constexpr fail_plain_parser no_constraints =
    fail_plain("type constraint terms (~T) are not supported");

// ----- lists ------------------------------------------------------------------------------------

// Go's list(). The element parser is called whenever the next token is not `close` (so it must
// report its own error when nothing matches: wrap it in must()). Element attributes are
// dropped: elements store their results through semantic actions on the enclosing rule's
// _val. Attribute: the closing token. With `stopAfterEllipsis`, an element that ends with `...`
// ends the list (call arguments).
template <class Elem>
struct list_parser : x3::parser<list_parser<Elem>> {
  using attribute_type = const Token*;
  static bool const has_attribute = true;
  Elem elem;
  Tok sep, close;
  const char* context;
  bool stopAfterEllipsis;
  constexpr list_parser(Elem const& e, Tok s, Tok c, const char* ctx, bool stop)
      : elem(e), sep(s), close(c), context(ctx), stopAfterEllipsis(stop) {}

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    bool done = false;
    while (first->kind != Tok::EndOfFile && first->kind != close && !done) {
      if (!elem.parse(first, last, ctx, rctx, x3::unused))
        throwUnexpected(*first, ", expected " + expectedName(close));
      if (stopAfterEllipsis && first[-1].kind == Tok::Ellipsis) done = true;
      if (first->kind == sep) {
        ++first;
      } else if (first->kind != close) {
        throwUnexpected(*first, std::string(" in ") + context + "; possibly missing " +
                                    expectedName(sep) + " or " + expectedName(close));
      }
    }
    if (first->kind != close) throwUnexpected(*first, ", expected " + expectedName(close));
    if constexpr (!std::is_same_v<std::remove_const_t<Attr>, x3::unused_type>) attr = first;
    ++first;
    return true;
  }
};
template <class P>
constexpr auto go_list(P const& p, Tok sep, Tok close, const char* context,
                       bool stopAfterEllipsis = false) {
  using E = typename x3::extension::as_parser<P>::value_type;
  return list_parser<E>(x3::as_parser(p), sep, close, context, stopAfterEllipsis);
}

// ----- context directives -----------------------------------------------------------------------

void enterNesting(State& st, const Token& at);  // throws "too deeply nested"

template <class Subject>
struct nest_parser : x3::unary_parser<Subject, nest_parser<Subject>> {
  using base = x3::unary_parser<Subject, nest_parser<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit nest_parser(Subject const& s) : base(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    State& st = state(ctx);
    enterNesting(st, *first);
    struct Leave {
      State& st;
      ~Leave() { st.depth--; }
    } leave{st};
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
struct nest_gen {
  template <class P>
  constexpr auto operator[](P const& p) const {
    return nest_parser<typename x3::extension::as_parser<P>::value_type>(x3::as_parser(p));
  }
};
constexpr nest_gen nest{};

// depth_scope[p]: restores State::depth after p, so that `chain_step`s inside p (one per
// unary operator or postfix suffix, which build the tree deeper without recursing) count as
// nesting levels until p ends.
template <class Subject>
struct depth_scope_parser : x3::unary_parser<Subject, depth_scope_parser<Subject>> {
  using base = x3::unary_parser<Subject, depth_scope_parser<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit depth_scope_parser(Subject const& s) : base(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    State& st = state(ctx);
    struct Restore {
      State& st;
      int saved;
      ~Restore() { st.depth = saved; }
    } restore{st, st.depth};
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
struct depth_scope_gen {
  template <class P>
  constexpr auto operator[](P const& p) const {
    return depth_scope_parser<typename x3::extension::as_parser<P>::value_type>(x3::as_parser(p));
  }
};
constexpr depth_scope_gen depth_scope{};

struct chain_step_parser : x3::parser<chain_step_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    enterNesting(state(ctx), *first);
    return true;
  }
};
constexpr chain_step_parser chain_step{};

enum class XNest { Inc, Header };

template <XNest Mode, class Subject>
struct xnest_parser : x3::unary_parser<Subject, xnest_parser<Mode, Subject>> {
  using base = x3::unary_parser<Subject, xnest_parser<Mode, Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit xnest_parser(Subject const& s) : base(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    State& st = state(ctx);
    struct Restore {
      State& st;
      int saved;
      ~Restore() { st.xnest = saved; }
    } restore{st, st.xnest};
    st.xnest = Mode == XNest::Inc ? st.xnest + 1 : -1;
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
template <XNest Mode>
struct xnest_gen {
  template <class P>
  constexpr auto operator[](P const& p) const {
    return xnest_parser<Mode, typename x3::extension::as_parser<P>::value_type>(x3::as_parser(p));
  }
};
constexpr xnest_gen<XNest::Inc> xnest_inc{};
constexpr xnest_gen<XNest::Header> header_scope{};

template <bool On, class Subject>
struct range_parser : x3::unary_parser<Subject, range_parser<On, Subject>> {
  using base = x3::unary_parser<Subject, range_parser<On, Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit range_parser(Subject const& s) : base(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    State& st = state(ctx);
    struct Restore {
      State& st;
      bool saved;
      ~Restore() { st.rangeOk = saved; }
    } restore{st, st.rangeOk};
    st.rangeOk = On;
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
template <bool On>
struct range_gen {
  template <class P>
  constexpr auto operator[](P const& p) const {
    return range_parser<On, typename x3::extension::as_parser<P>::value_type>(x3::as_parser(p));
  }
};
constexpr range_gen<true> range_on{};
constexpr range_gen<false> range_off{};

// Matches nothing; succeeds when `range` is allowed here.
struct range_ok_parser : x3::parser<range_ok_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It&, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    return state(ctx).rangeOk;
  }
};
constexpr range_ok_parser range_ok{};

// ----- semantic actions -------------------------------------------------------------------------

constexpr auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
constexpr auto push_back = [](auto& ctx) { x3::_val(ctx).push_back(x3::_attr(ctx)); };

// act(f) turns f(val, attr, state) into an X3 semantic action.
template <class F>
constexpr auto act(F f) {
  return [f](auto& ctx) { f(x3::_val(ctx), x3::_attr(ctx), state(ctx)); };
}

}  // namespace weft::lang::parser

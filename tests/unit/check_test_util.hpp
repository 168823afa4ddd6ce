// Helpers for the checker's unit tests: a small fake standard library (Go declarations with
// native bodies, as the real stdlib has them) and functions to run parse + check on a source.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lang/check/check.hpp"
#include "lang/check/walk.hpp"

namespace weft::check_test {

using lang::check::Program;

inline const std::map<std::string, std::string>& fakeStd() {
  static const std::map<std::string, std::string> std = {
      {"fmt", R"(package fmt

import "errors"

type Stringer interface{ String() string }

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Errorf(format string, a ...any) error { return errors.New(Sprintf(format, a...)) }
)"},
      {"errors", R"(package errors

func New(text string) error { return &errorString{text} }

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }
)"},
      {"strings", R"(package strings

func Repeat(s string, count int) string
func ToUpper(s string) string
func Index(s, substr string) int
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) String() string { return string(b.buf) }
)"},
      {"sync", R"(package sync

type Mutex struct{ state int32 }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()

type Locker interface {
	Lock()
	Unlock()
}

type WaitGroup struct{ n int64 }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done() { wg.Add(-1) }
func (wg *WaitGroup) Wait()
)"},
      {"time", R"(package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

func Sleep(d Duration)

type Time struct{ ns int64 }

func After(d Duration) <-chan Time
func (d Duration) String() string
func (d Duration) Seconds() float64 { return float64(d) / 1e9 }
)"},
      {"os", R"(package os

func Exit(code int)

var Args []string
)"},
      {"strconv", R"(package strconv

func Itoa(i int) string
func Atoi(s string) (int, error)
)"},
  };
  return std;
}

inline lang::check::PackageLoader fakeLoader() {
  return [](std::string_view path) -> std::optional<std::vector<lang::check::SourceFile>> {
    auto it = fakeStd().find(std::string(path));
    if (it == fakeStd().end()) return std::nullopt;
    return std::vector<lang::check::SourceFile>{{it->first + ".go", it->second}};
  };
}

inline std::unique_ptr<Program> checkSource(const std::string& src) {
  return lang::check::checkProgram(std::vector<lang::check::SourceFile>{{"prog.go", src}},
                                   fakeLoader());
}

// Diagnostics as "line:col: message" (the file name left out).
inline std::vector<std::string> errorsOf(const Program& p) {
  std::vector<std::string> out;
  for (const auto& d : p.diagnostics)
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message);
  return out;
}

inline std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (auto& e : v) s += e + "\n";
  return s;
}

// The first node of type T at line:col in the main package.
template <class T>
const T* nodeAt(const Program& p, uint32_t line, uint32_t col) {
  const T* found = nullptr;
  for (const ast::File* f : p.mainPackage().files)
    lang::check::walk(f, [&](const ast::Node* n) {
      if (!found && n->is<T>() && n->pos.line == line && n->pos.col == col)
        found = static_cast<const T*>(n);
      return !found;
    });
  return found;
}

// The first identifier with that name (defining or using) after line:col.
inline const ast::Ident* identNamed(const Program& p, const std::string& name, uint32_t line = 0) {
  const ast::Ident* found = nullptr;
  for (const ast::File* f : p.mainPackage().files)
    lang::check::walk(f, [&](const ast::Node* n) {
      if (!found && n->is<ast::Ident>() && static_cast<const ast::Ident*>(n)->name == name &&
          n->pos.line >= line)
        found = static_cast<const ast::Ident*>(n);
      return !found;
    });
  return found;
}

}  // namespace weft::check_test

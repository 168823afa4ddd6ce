// One registration function per standard package (each defined in that package's folder),
// called by registerNatives() in registry.cpp.
#pragma once

#include "vm/native.hpp"

namespace weft::stdlib {

void registerAtomic(vm::NativeRegistry& r);
void registerErrors(vm::NativeRegistry& r);
void registerFmt(vm::NativeRegistry& r);
void registerFmtScan(vm::NativeRegistry& r);
void registerMath(vm::NativeRegistry& r);
void registerMathRand(vm::NativeRegistry& r);
void registerOs(vm::NativeRegistry& r);
void registerRuntime(vm::NativeRegistry& r);
void registerSort(vm::NativeRegistry& r);
void registerStrconv(vm::NativeRegistry& r);
void registerStrings(vm::NativeRegistry& r);
void registerSync(vm::NativeRegistry& r);
void registerTime(vm::NativeRegistry& r);
void registerTimeTimers(vm::NativeRegistry& r);
void registerUnicode(vm::NativeRegistry& r);
void registerUtf8(vm::NativeRegistry& r);

}  // namespace weft::stdlib

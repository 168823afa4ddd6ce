// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Go's Value over Weft's interface representation: an interface is one word (a pointer to an
// immutable box holding the dynamic type and the value), so the whole Value is that one word and
// every operation is a load or a compare-and-swap of it (Go needs two words and a "first store
// in progress" marker). Panics and their texts are Go's.

package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
// Once Store has been called, a Value must not be copied.
//
// A Value must not be copied after first use.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store.
// It returns nil if there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return loadIface(&v.v)
}

// Store sets the value of the Value to x.
// All calls to Store for a given Value must use values of the same concrete type.
// Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		old := loadIface(&v.v)
		if old != nil && !sameType(old, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if casIface(&v.v, old, val) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
//
// All calls to Swap for a given Value must use values of the same concrete
// type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		old = loadIface(&v.v)
		if old != nil && !sameType(old, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if casIface(&v.v, old, new) {
			return old
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
//
// All calls to CompareAndSwap for a given Value must use values of the same
// concrete type. CompareAndSwap of an inconsistent type panics, as does
// CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadIface(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
			if casIface(&v.v, nil, new) {
				return true
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare old and current via runtime equality check (this may panic on
		// uncomparable types, as Go's does); casIface only ensures the word has not
		// changed since loadIface.
		if cur != old {
			return false
		}
		return casIface(&v.v, cur, new)
	}
}

// loadIface atomically loads the interface word *p.
func loadIface(p *any) any

// casIface atomically replaces the interface word *p by new if it still holds the very box
// old (pointer identity, not ==).
func casIface(p *any, old, new any) bool

// sameType reports whether a and b (both non-nil) have the same dynamic type.
func sameType(a, b any) bool

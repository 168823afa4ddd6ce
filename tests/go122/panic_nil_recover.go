// Go 1.21: panic(nil) (or a nil interface value) becomes a run-time panic with a
// *runtime.PanicNilError, so recover returns a non-nil value. Its Error() text is
// "panic called with nil argument", and it implements runtime.Error.
// (Before Go 1.21 recover returned nil and the first line would be "recovered: <nil> true".)
//
// Expected output:
//
//	"recovered: panic called with nil argument false"   r printed via Error(); r == nil is false
//	"*runtime.PanicNilError true"                       its dynamic type; it is a runtime.Error
//	"nil error value: panic called with nil argument"   panicking with a nil error interface
//	                                                    value is the same as panic(nil)
//	"typed nil pointer: <nil> false"                    panic((*T)(nil)) is NOT panic(nil): the
//	                                                    interface holds a typed nil pointer, which
//	                                                    recover returns as is (prints <nil>, and
//	                                                    the value is not == nil)
package main

import (
	"fmt"
	"runtime"
)

type T struct{}

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(nil) })
	fmt.Println("recovered:", r, r == nil)
	_, isRuntime := r.(runtime.Error)
	fmt.Printf("%T %v\n", r, isRuntime)
	var err error
	r = catch(func() { panic(err) })
	fmt.Println("nil error value:", r)
	r = catch(func() { panic((*T)(nil)) })
	fmt.Println("typed nil pointer:", r, r == nil)
}

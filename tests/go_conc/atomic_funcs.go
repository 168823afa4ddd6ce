package main

import (
	"fmt"
	"sync/atomic"
)

type counters struct {
	a int32
	b int64
	c uint32
	d uint64
	e uintptr
}

func main() {
	var c counters
	{
		r0 := atomic.AddInt32(&c.a, 5)
		r1 := atomic.AddInt32(&c.a, -7)
		fmt.Println(r0, r1, c.a)
	}
	{
		r0 := atomic.AddInt64(&c.b, 1<<40)
		r1 := atomic.AddInt64(&c.b, -(1 << 41))
		fmt.Println(r0, r1, c.b)
	}
	{
		r0 := atomic.AddUint32(&c.c, 3)
		r1 := atomic.AddUint32(&c.c, ^uint32(0))
		fmt.Println(r0, r1, c.c)
	}
	{
		r0 := atomic.AddUint32(&c.c, ^uint32(2))
		fmt.Println(r0, c.c)
	}
	{
		r0 := atomic.AddUint64(&c.d, 10)
		r1 := atomic.AddUint64(&c.d, ^uint64(10))
		fmt.Println(r0, r1, c.d)
	}
	{
		r0 := atomic.AddUintptr(&c.e, 42)
		fmt.Println(r0, c.e)
	}

	// 32-bit wrap-around.
	var x int32 = 2147483647
	{
		r0 := atomic.AddInt32(&x, 1)
		fmt.Println(r0, x)
	}
	var y uint32 = 4294967295
	{
		r0 := atomic.AddUint32(&y, 2)
		fmt.Println(r0, y)
	}

	// Load / Store / Swap / CompareAndSwap.
	atomic.StoreInt32(&c.a, -12)
	{
		r0 := atomic.LoadInt32(&c.a)
		r1 := atomic.SwapInt32(&c.a, 99)
		r2 := atomic.LoadInt32(&c.a)
		fmt.Println(r0, r1, r2)
	}
	atomic.StoreInt64(&c.b, -1)
	{
		r0 := atomic.LoadInt64(&c.b)
		r1 := atomic.SwapInt64(&c.b, 1<<62)
		fmt.Println(r0, r1, c.b)
	}
	atomic.StoreUint32(&c.c, 4000000000)
	{
		r0 := atomic.LoadUint32(&c.c)
		r1 := atomic.SwapUint32(&c.c, 1)
		fmt.Println(r0, r1, c.c)
	}
	atomic.StoreUint64(&c.d, 1<<63)
	{
		r0 := atomic.LoadUint64(&c.d)
		r1 := atomic.SwapUint64(&c.d, 7)
		fmt.Println(r0, r1, c.d)
	}
	atomic.StoreUintptr(&c.e, 8)
	{
		r0 := atomic.LoadUintptr(&c.e)
		r1 := atomic.SwapUintptr(&c.e, 9)
		fmt.Println(r0, r1, c.e)
	}

	{
		r0 := atomic.CompareAndSwapInt32(&c.a, 99, -1)
		r1 := atomic.CompareAndSwapInt32(&c.a, 99, 5)
		fmt.Println(r0, r1, c.a)
	}
	{
		r0 := atomic.CompareAndSwapInt64(&c.b, 1<<62, -3)
		r1 := atomic.CompareAndSwapInt64(&c.b, 0, 5)
		fmt.Println(r0, r1, c.b)
	}
	{
		r0 := atomic.CompareAndSwapUint32(&c.c, 1, 4294967295)
		r1 := atomic.CompareAndSwapUint32(&c.c, 1, 2)
		fmt.Println(r0, r1, c.c)
	}
	{
		r0 := atomic.CompareAndSwapUint64(&c.d, 7, 1<<64-1)
		r1 := atomic.CompareAndSwapUint64(&c.d, 7, 2)
		fmt.Println(r0, r1, c.d)
	}
	{
		r0 := atomic.CompareAndSwapUintptr(&c.e, 9, 10)
		r1 := atomic.CompareAndSwapUintptr(&c.e, 9, 11)
		fmt.Println(r0, r1, c.e)
	}

	// Elements of slices and arrays, and a value that is then read plainly.
	xs := make([]int64, 3)
	for i := range xs {
		atomic.AddInt64(&xs[i], int64(i*i))
	}
	var arr [2]uint32
	atomic.StoreUint32(&arr[1], 77)
	fmt.Println(xs, arr)

	// Sign extension is kept for later plain arithmetic.
	var n int32
	atomic.AddInt32(&n, -1)
	fmt.Println(n*2, int64(n), n == -1)
	var u uint32
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u, uint64(u)+1)
}

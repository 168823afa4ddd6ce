// Package sync: Mutex, RWMutex, WaitGroup, Once, Cond and Map.
//
// The parking halves are natives over vm/sync_prims.hpp; the word layout of each type below is
// the C++ view documented there (every field is one word; the zero value is ready to use).
// The pointer-typed fields point at a runtime wait queue created on first contention; being
// pointers, they keep it alive for the collector.
// The natives are in stdlib/sync/natives.cpp.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// waitQueue is the runtime's wait queue (vm::SyncQueue); Go code never looks inside.
type waitQueue struct {
	word uintptr
}

// noCopy may be embedded into structs which must not be copied after first use (go vet's
// copylocks reports "contains sync.noCopy").
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
// Words: [0] state (bit 0 locked, parked Lock calls above), [1] wait queue.
type Mutex struct {
	state int64
	sema  *waitQueue
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until it is
// available (parked Lock calls get it in FIFO order).
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a fatal error if m is not locked on entry.
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. The zero value is an unlocked mutex.
// Words: [0] wait queue (holds the readers count, the writer flag and both queues).
type RWMutex struct {
	q *waitQueue
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// Unlock unlocks rw for writing. It is a fatal error if rw is not locked for writing.
func (rw *RWMutex) Unlock()

// RLock locks rw for reading. It blocks while a writer holds or waits for the lock.
func (rw *RWMutex) RLock()

// RUnlock undoes a single RLock call. It is a fatal error if rw is not locked for reading.
func (rw *RWMutex) RUnlock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// RLocker returns a Locker interface that implements Lock and Unlock by calling rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
// Words: [0] state (counter in the high 32 bits, parked Wait calls in the low 32), [1] queue.
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   *waitQueue
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter becomes zero,
// all goroutines blocked on Wait are released. If it goes negative, Add panics.
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once is an object that will perform exactly one action.
// Words: [0] done, [1..2] a Mutex.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this instance of Once.
// No call to Do returns until the one call to f returns.
func (o *Once) Do(f func()) {
	if !o.loadDone() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.loadDone() {
		defer o.setDone()
		f()
	}
}

// loadDone reads done (an acquire); setDone stores 1 (a release).
func (o *Once) loadDone() bool
func (o *Once) setDone()

// OnceFunc returns a function that invokes f only once. If f panics, the returned function
// will panic with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event. Each Cond has an associated Locker L.
type Cond struct {
	noCopy noCopy
	L      Locker
	notify notifyList
}

// notifyList is the runtime's ticket-based wait list. Words: [0] wait queue.
type notifyList struct {
	q *waitQueue
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After later
// resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

func runtime_notifyListAdd(l *notifyList) uint64
func runtime_notifyListWait(l *notifyList, t uint64)
func runtime_notifyListNotifyOne(l *notifyList)
func runtime_notifyListNotifyAll(l *notifyList)

// Map is like a Go map[any]any but is safe for concurrent use by multiple goroutines.
// (Weft's Map is a Mutex around a map: simple and correct; Go's is lock-free for reads.)
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present. Otherwise, it stores and
// returns the given value. The loaded result is true if the value was loaded.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is equal
// to old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map. If f returns false,
// range stops the iteration. f may modify the map (Range works on a snapshot of the keys).
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if ok && !f(k, v) {
			break
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// A Pool is a set of temporary objects that may be individually saved and retrieved. Weft's
// Pool is a Mutex around a slice of the objects Put (Go's is per-P and the GC may empty it at
// any time, so programs cannot observe the difference beyond which object Get returns).
// A Pool must not be copied after first use.
type Pool struct {
	noCopy noCopy

	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil. It may not be changed concurrently with calls to Get.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to
// the caller. If Get would otherwise return nil and p.New is non-nil, Get returns the result
// of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. The returned function may be called concurrently.
// If f panics, the returned function will panic with the same value on every call.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the values
// returned by f. The returned function may be called concurrently.
// If f panics, the returned function will panic with the same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

package main

import (
	"errors"
	"fmt"
	"sync"
)

// errgroup without the package: run tasks in goroutines; the first error is kept (sync.Once)
// and closes a done channel that tells the other tasks to stop early.

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	done    chan struct{}
}

func NewGroup() *Group { return &Group{done: make(chan struct{})} }

func (g *Group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errBad = errors.New("task 3: bad input")

func main() {
	g := NewGroup()
	stopped := make(chan int, 10)
	for i := 0; i < 10; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			if i == 3 {
				return errBad
			}
			// The other tasks would run forever; they stop when cancelled.
			<-done
			stopped <- i
			return nil
		})
	}
	err := g.Wait()
	close(stopped)
	n := 0
	for range stopped {
		n++
	}
	fmt.Println("error:", err)
	fmt.Println("is errBad:", errors.Is(err, errBad), "cancelled tasks:", n)

	// A group whose tasks all succeed returns nil.
	ok := NewGroup()
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		i := i
		ok.Go(func(<-chan struct{}) error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println(ok.Wait(), results)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func handler(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	reqID, ok := ctx.Value(ctxKey("req")).(int)
	return fmt.Sprintf("user=%q req=%d ok=%v", user, reqID, ok)
}

func gen(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for n := 1; ; n++ {
			select {
			case ch <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(5 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	var msgs []string
	for m := range out {
		msgs = append(msgs, m)
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx, 5*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	_, hasDeadline := tctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
	_, hasDeadline = context.Background().Deadline()
	fmt.Println("background deadline:", hasDeadline)

	fast, fcancel := context.WithTimeout(context.Background(), 5*time.Second)
	fmt.Println(slowOp(fast, time.Millisecond))
	fcancel()
	fmt.Println(fast.Err())

	vctx := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	vctx = context.WithValue(vctx, ctxKey("req"), 42)
	fmt.Println(handler(vctx))
	fmt.Println(handler(context.TODO()))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	grand := context.WithValue(child, ctxKey("user"), "kid")
	pcancel()
	<-grand.Done()
	fmt.Println("grandchild:", grand.Err(), handler(grand))

	gctx, gcancel := context.WithCancel(context.Background())
	sum := 0
	for n := range gen(gctx) {
		sum += n
		if n == 10 {
			gcancel()
			break
		}
	}
	fmt.Println("sum", sum)

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	select {
	case <-dctx.Done():
		fmt.Println("past deadline:", dctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("not done")
	}
	fmt.Println(context.Background(), context.TODO())
	fmt.Println(ctx)
	fmt.Println(vctx)
	errc := make(chan error, 4)
	ectx, ecancel := context.WithCancel(context.Background())
	for i := 0; i < 4; i++ {
		go func(i int) {
			if i == 2 {
				ecancel()
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			<-ectx.Done()
			errc <- nil
		}(i)
	}
	var firstErr error
	for i := 0; i < 4; i++ {
		if e := <-errc; e != nil && firstErr == nil {
			firstErr = e
		}
	}
	fmt.Println("first:", firstErr, ectx.Err())
}

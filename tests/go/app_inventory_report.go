package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Category int

const (
	Food Category = iota + 1
	Tools
	Toys
)

func (c Category) String() string {
	switch c {
	case Food:
		return "food"
	case Tools:
		return "tools"
	case Toys:
		return "toys"
	}
	return "unknown(" + strconv.Itoa(int(c)) + ")"
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Qty      int
	PriceCts int64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var (
	ErrNotFound  = errors.New("not found")
	ErrNoStock   = errors.New("insufficient stock")
	ErrDuplicate = errors.New("duplicate sku")
)

type OpError struct {
	Op  string
	SKU string
	Err error
}

func (e *OpError) Error() string { return e.Op + " " + e.SKU + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func NewInventory() *Inventory { return &Inventory{items: map[string]*Item{}} }

func (inv *Inventory) Add(it Item) error {
	if _, ok := inv.items[it.SKU]; ok {
		return &OpError{"add", it.SKU, ErrDuplicate}
	}
	cp := it
	inv.items[it.SKU] = &cp
	inv.logf("added %s x%d", it.SKU, it.Qty)
	return nil
}

func (inv *Inventory) Remove(sku string, n int) (left int, err error) {
	defer func() {
		if err != nil {
			inv.logf("failed remove %s: %v", sku, err)
		}
	}()
	it, ok := inv.items[sku]
	if !ok {
		return 0, &OpError{"remove", sku, ErrNotFound}
	}
	if it.Qty < n {
		return it.Qty, &OpError{"remove", sku, fmt.Errorf("%w: have %d, want %d", ErrNoStock, it.Qty, n)}
	}
	it.Qty -= n
	inv.logf("removed %s x%d", sku, n)
	return it.Qty, nil
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func main() {
	inv := NewInventory()
	seed := []Item{
		{"F-001", "Apples", Food, 50, 45},
		{"T-100", "Hammer", Tools, 5, 1299},
		{"Y-007", "Yo-yo", Toys, 12, 350},
		{"F-002", "Bread", Food, 0, 299},
		{"T-101", "Wrench", Tools, 8, 899},
	}
	for _, it := range seed {
		if err := inv.Add(it); err != nil {
			fmt.Println("error:", err)
		}
	}
	if err := inv.Add(seed[1]); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
	}
	for _, op := range []struct {
		sku string
		n   int
	}{{"F-001", 20}, {"F-002", 1}, {"Z-999", 1}, {"T-100", 5}, {"Y-007", 13}} {
		left, err := inv.Remove(op.sku, op.n)
		var oe *OpError
		switch {
		case err == nil:
			fmt.Printf("%s: %d left\n", op.sku, left)
		case errors.Is(err, ErrNoStock):
			fmt.Printf("%s: stock problem (%v) left=%d\n", op.sku, err, left)
		case errors.As(err, &oe):
			fmt.Printf("%s: op=%s err=%v\n", op.sku, oe.Op, oe.Err)
		}
	}
	byCatThenName := inv.Sorted(func(a, b *Item) bool {
		if a.Cat != b.Cat {
			return a.Cat < b.Cat
		}
		return a.Name < b.Name
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-6s %-8s %-6s %4s %9s %10s\n", "SKU", "NAME", "CAT", "QTY", "PRICE", "VALUE")
	fmt.Fprintln(&sb, strings.Repeat("-", 48))
	var total int64
	perCat := map[Category]int64{}
	for _, it := range byCatThenName {
		v := int64(it.Qty) * it.PriceCts
		total += v
		perCat[it.Cat] += v
		fmt.Fprintf(&sb, "%-6s %-8s %-6v %4d %9s %10s\n", it.SKU, it.Name, it.Cat, it.Qty, money(it.PriceCts), money(v))
	}
	fmt.Fprintf(&sb, "%-37s %10s\n", "TOTAL", money(total))
	fmt.Print(sb.String())
	fmt.Println(perCat)
	lowStock := inv.Sorted(func(a, b *Item) bool { return a.Qty < b.Qty || a.Qty == b.Qty && a.SKU < b.SKU })
	for _, it := range lowStock[:3] {
		fmt.Printf("%+v\n", *it)
	}
	fmt.Println(strings.Join(inv.log, "\n"))
	fmt.Println(Category(9), money(-1234))
	if total < 100000 {
		fmt.Fprintln(os.Stderr, "inventory value low:", money(total))
		os.Exit(1)
	}
}

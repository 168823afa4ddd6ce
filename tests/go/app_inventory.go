package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	PriceCts int
	Qty      int
	Tags     map[string]bool
}

type Inventory struct {
	products map[SKU]*Product
	ledger   []string
}

var ErrUnknown = errors.New("unknown product")

type StockError struct {
	SKU        SKU
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (inv *Inventory) Add(p Product) {
	if existing, ok := inv.products[p.SKU]; ok {
		existing.Qty += p.Qty
		inv.ledger = append(inv.ledger, fmt.Sprintf("restock %s +%d", p.SKU, p.Qty))
		return
	}
	cp := p
	inv.products[p.SKU] = &cp
	inv.ledger = append(inv.ledger, fmt.Sprintf("new %s x%d", p.SKU, p.Qty))
}

func (inv *Inventory) Order(lines map[SKU]int) (total int, err error) {
	skus := make([]SKU, 0, len(lines))
	for s := range lines {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool { return skus[i] < skus[j] })
	for _, s := range skus {
		p, ok := inv.products[s]
		if !ok {
			return 0, fmt.Errorf("order: %w: %s", ErrUnknown, s)
		}
		if p.Qty < lines[s] {
			return 0, StockError{s, p.Qty, lines[s]}
		}
	}
	for _, s := range skus {
		p := inv.products[s]
		p.Qty -= lines[s]
		total += p.PriceCts * lines[s]
		inv.ledger = append(inv.ledger, fmt.Sprintf("sold %s -%d", s, lines[s]))
	}
	return total, nil
}

func (inv *Inventory) ByTag(tag string) []string {
	var names []string
	for _, p := range inv.products {
		if p.Tags[tag] {
			names = append(names, p.Name)
		}
	}
	sort.Strings(names)
	return names
}

func (inv *Inventory) Report() string {
	var sb strings.Builder
	skus := make([]string, 0)
	for s := range inv.products {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	value := 0
	for _, s := range skus {
		p := inv.products[SKU(s)]
		value += p.Qty * p.PriceCts
		fmt.Fprintf(&sb, "%-6s %-12s %4d @ %6.2f\n", p.SKU, p.Name, p.Qty, float64(p.PriceCts)/100)
	}
	fmt.Fprintf(&sb, "stock value: %.2f\n", float64(value)/100)
	return sb.String()
}

func main() {
	inv := &Inventory{products: map[SKU]*Product{}}
	inv.Add(Product{"A100", "widget", 250, 10, map[string]bool{"metal": true}})
	inv.Add(Product{"B200", "gadget", 1299, 3, map[string]bool{"electronic": true}})
	inv.Add(Product{"C300", "doohickey", 75, 100, map[string]bool{"metal": true, "small": true}})
	inv.Add(Product{"A100", "widget", 250, 5, nil})
	fmt.Print(inv.Report())
	orders := []map[SKU]int{
		{"A100": 4, "C300": 10},
		{"B200": 5},
		{"Z999": 1},
		{"B200": 3, "A100": 11},
	}
	for _, o := range orders {
		total, err := inv.Order(o)
		var se StockError
		switch {
		case errors.As(err, &se):
			fmt.Println("stock problem:", se.SKU, se.Want-se.Have, "short;", err)
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Printf("order ok: %.2f\n", float64(total)/100)
		}
	}
	fmt.Println(inv.ByTag("metal"), inv.ByTag("none"))
	fmt.Print(inv.Report())
	fmt.Println(strings.Join(inv.ledger, "; "))
}

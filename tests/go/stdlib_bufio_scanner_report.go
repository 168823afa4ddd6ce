package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const input = `# inventory
apple 3 0.50
banana 12 0.25

cherry x 2.00
durian 1 9.99
elderberry 7
fig 4 1.10`

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func parse(text string) ([]Item, []error) {
	var items []Item
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			errs = append(errs, fmt.Errorf("line %d: want 3 fields, got %d", lineNo, len(f)))
			continue
		}
		q, err := strconv.Atoi(f[1])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", lineNo, err))
			continue
		}
		p, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", lineNo, err))
			continue
		}
		items = append(items, Item{f[0], q, p})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return items, errs
}

func main() {
	items, errs := parse(input)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	sort.Slice(items, func(i, j int) bool {
		ti, tj := float64(items[i].Qty)*items[i].Price, float64(items[j].Qty)*items[j].Price
		if ti != tj {
			return ti > tj
		}
		return items[i].Name < items[j].Name
	})
	total := 0.0
	for _, it := range items {
		sub := float64(it.Qty) * it.Price
		total += sub
		fmt.Printf("%-10s %4d x %6.2f = %8.2f\n", it.Name, it.Qty, it.Price, sub)
	}
	fmt.Printf("%-10s %24.2f\n", "TOTAL", total)

	ws := bufio.NewScanner(strings.NewReader("the quick  brown\tfox\njumps over\n\nthe lazy dog"))
	ws.Split(bufio.ScanWords)
	counts := map[string]int{}
	n := 0
	for ws.Scan() {
		counts[ws.Text()]++
		n++
	}
	fmt.Println(n, counts)

	rs := bufio.NewScanner(strings.NewReader("héllo, 世界"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("%q\n", runes)

	bs := bufio.NewScanner(strings.NewReader("ab\r\ncd\nef"))
	bs.Split(bufio.ScanLines)
	for bs.Scan() {
		fmt.Printf("%q ", bs.Text())
	}
	fmt.Println()

	cs := bufio.NewScanner(strings.NewReader("a,b,,c"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("[%s]", cs.Text())
	}
	fmt.Println()

	r := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteRune('→')
	w.WriteByte('\n')
	fmt.Println("buffered bytes:", w.Buffered())
	w.Flush()

	caps := strings.FieldsFunc("one-two_three four", func(r rune) bool { return !unicode.IsLetter(r) })
	fmt.Println(caps, len(caps))
	long := strings.Repeat("x", 70000)
	ls := bufio.NewScanner(strings.NewReader(long))
	for ls.Scan() {
	}
	fmt.Println("long line error:", ls.Err())
	ls2 := bufio.NewScanner(strings.NewReader(long + "\nshort"))
	ls2.Buffer(make([]byte, 100), 100000)
	cnt := 0
	for ls2.Scan() {
		cnt++
	}
	fmt.Println(cnt, ls2.Err())
}

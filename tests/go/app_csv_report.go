package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `date,region,item,qty,price
2024-01-03,north,widget,4,2.50
2024-01-03,south,"gadget, large",1,19.99
2024-01-04,north,widget,10,2.25
2024-01-05,east,"quoted ""thing""",2,5.00
2024-01-05,south,widget,x,2.50
2024-01-06,north,gizmo,3,7.75
2024-01-06,east,widget,1
`

func parseLine(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inQuotes := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQuotes = !inQuotes
		case c == ',' && !inQuotes:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if inQuotes {
		return nil, errors.New("unterminated quote")
	}
	return append(fields, cur.String()), nil
}

type row struct {
	region, item string
	qty          int
	price        float64
}

func main() {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	header, _ := parseLine(lines[0])
	fmt.Println(len(header), header)
	var rows []row
	for n, l := range lines[1:] {
		f, err := parseLine(l)
		if err != nil {
			fmt.Printf("line %d: %v\n", n+2, err)
			continue
		}
		if len(f) != len(header) {
			fmt.Printf("line %d: expected %d fields, got %d\n", n+2, len(header), len(f))
			continue
		}
		q, err := strconv.Atoi(f[3])
		if err != nil {
			fmt.Printf("line %d: %v\n", n+2, err)
			continue
		}
		p, _ := strconv.ParseFloat(f[4], 64)
		rows = append(rows, row{f[1], f[2], q, p})
	}
	revenue := map[string]float64{}
	for _, r := range rows {
		revenue[r.region] += float64(r.qty) * r.price
		fmt.Printf("%-6s %-16q %3d %6.2f\n", r.region, r.item, r.qty, r.price)
	}
	regions := make([]string, 0, len(revenue))
	for k := range revenue {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return revenue[regions[i]] > revenue[regions[j]] })
	for _, r := range regions {
		fmt.Printf("%s: %.2f\n", r, revenue[r])
	}
}

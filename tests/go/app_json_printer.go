package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func encode(v Value, indent string, depth int, sb *strings.Builder) {
	pad := strings.Repeat(indent, depth+1)
	closePad := strings.Repeat(indent, depth)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad)
			encode(e, indent, depth+1, sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(closePad + "]")
	case map[string]Value:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + strconv.Quote(k) + ": ")
			encode(x[k], indent, depth+1, sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(closePad + "}")
	default:
		sb.WriteString(fmt.Sprintf("\"<unsupported %T>\"", x))
	}
}

func compact(v Value) string {
	switch x := v.(type) {
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = compact(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.Quote(k) + ":" + compact(x[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	var sb strings.Builder
	encode(v, "", 0, &sb)
	return sb.String()
}

func main() {
	doc := map[string]Value{
		"name":    "Weft",
		"version": 0.1,
		"stable":  false,
		"tags":    []Value{"go", "vm", "interpreter"},
		"authors": []Value{
			map[string]Value{"name": "Ann", "commits": 120},
			map[string]Value{"name": "Bo \"the dev\"", "commits": 7, "email": nil},
		},
		"empty":  []Value{},
		"nested": map[string]Value{"deep": map[string]Value{"x": 1e21, "y": -0.5}},
		"odd":    struct{}{},
	}
	var sb strings.Builder
	encode(doc, "  ", 0, &sb)
	fmt.Println(sb.String())
	fmt.Println(compact(doc))
}

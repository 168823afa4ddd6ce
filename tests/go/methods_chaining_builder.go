package main

import (
	"fmt"
	"sort"
	"strings"
)

type Query struct {
	table  string
	fields []string
	wheres []string
	order  string
	limit  int
	errs   []string
}

func From(table string) *Query { return &Query{table: table, limit: -1} }

func (q *Query) Select(fields ...string) *Query {
	q.fields = append(q.fields, fields...)
	return q
}

func (q *Query) Where(cond string, args ...interface{}) *Query {
	if strings.Count(cond, "?") != len(args) {
		q.errs = append(q.errs, fmt.Sprintf("where %q: %d placeholders, %d args", cond, strings.Count(cond, "?"), len(args)))
		return q
	}
	for _, a := range args {
		var lit string
		switch v := a.(type) {
		case string:
			lit = "'" + strings.ReplaceAll(v, "'", "''") + "'"
		default:
			lit = fmt.Sprint(v)
		}
		cond = strings.Replace(cond, "?", lit, 1)
	}
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(f string) *Query { q.order = f; return q }
func (q *Query) Limit(n int) *Query      { q.limit = n; return q }

func (q *Query) Build() (string, error) {
	if len(q.errs) > 0 {
		sort.Strings(q.errs)
		return "", fmt.Errorf("%d error(s): %s", len(q.errs), strings.Join(q.errs, "; "))
	}
	fields := "*"
	if len(q.fields) > 0 {
		fields = strings.Join(q.fields, ", ")
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "SELECT %s FROM %s", fields, q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String(), nil
}

func main() {
	fmt.Println(From("users").Build())
	fmt.Println(From("users").Select("id", "name").Where("age > ?", 18).Where("name = ?", "O'Brien").OrderBy("id").Limit(10).Build())
	fmt.Println(From("t").Where("a = ? AND b = ?", 1).Where("c = ?").Build())
	q := From("orders").Select("total")
	q.Where("total > ?", 99.5)
	fmt.Println(q.Build())
}

package main

import "fmt"

type Expr interface{}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }
type Call struct {
	Fn   string
	Args []Expr
}

func eval(e Expr, env map[string]float64) float64 {
	switch e := e.(type) {
	case Num:
		return float64(e)
	case Var:
		return env[string(e)]
	case Neg:
		return -eval(e.X, env)
	case *BinOp:
		l, r := eval(e.L, env), eval(e.R, env)
		switch e.Op {
		case '+':
			return l + r
		case '-':
			return l - r
		case '*':
			return l * r
		case '/':
			return l / r
		}
		panic("bad op " + string(e.Op))
	case Call:
		switch e.Fn {
		case "max":
			m := eval(e.Args[0], env)
			for _, a := range e.Args[1:] {
				if v := eval(a, env); v > m {
					m = v
				}
			}
			return m
		case "sq":
			v := eval(e.Args[0], env)
			return v * v
		}
	}
	panic(fmt.Sprintf("unknown expr %T", e))
}

func show(e Expr) string {
	switch e := e.(type) {
	case Num:
		return fmt.Sprint(float64(e))
	case Var:
		return string(e)
	case Neg:
		return "-" + show(e.X)
	case *BinOp:
		return "(" + show(e.L) + " " + string(e.Op) + " " + show(e.R) + ")"
	case Call:
		s := e.Fn + "("
		for i, a := range e.Args {
			if i > 0 {
				s += ", "
			}
			s += show(a)
		}
		return s + ")"
	}
	return "?"
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		Num(1.5),
		&BinOp{'+', Var("x"), Num(2)},
		&BinOp{'*', &BinOp{'-', Var("y"), Num(1)}, Neg{Var("x")}},
		Call{"max", []Expr{Num(1), Var("y"), Var("x")}},
		&BinOp{'/', Call{"sq", []Expr{Var("y")}}, Num(8)},
	}
	for _, e := range exprs {
		fmt.Printf("%s = %g\n", show(e), eval(e, env))
	}
}

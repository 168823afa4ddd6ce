package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny Forth-like interpreter with user-defined words.
type VM struct {
	stack []int
	words map[string][]string
	out   strings.Builder
}

var errUnderflow = errors.New("stack underflow")

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(errUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) exec(tokens []string) {
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if n, err := strconv.Atoi(t); err == nil {
			vm.push(n)
			continue
		}
		if def, ok := vm.words[t]; ok {
			vm.exec(def)
			continue
		}
		switch t {
		case "+", "-", "*", "/", "mod", "<", "=":
			b, a := vm.pop(), vm.pop()
			var r int
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			case "mod":
				r = a % b
			case "<":
				if a < b {
					r = -1
				}
			case "=":
				if a == b {
					r = -1
				}
			}
			vm.push(r)
		case "dup":
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case "drop":
			vm.pop()
		case "swap":
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case "over":
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case ".":
			fmt.Fprintf(&vm.out, "%d ", vm.pop())
		case ":":
			end := i + 1
			for end < len(tokens) && tokens[end] != ";" {
				end++
			}
			vm.words[tokens[i+1]] = tokens[i+2 : end]
			i = end
		case "times":
			// n times WORD: run WORD n times
			n := vm.pop()
			i++
			for k := 0; k < n; k++ {
				vm.exec(tokens[i : i+1])
			}
		default:
			panic(fmt.Errorf("unknown word %q", t))
		}
	}
}

func (vm *VM) Run(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	vm.exec(strings.Fields(src))
	return nil
}

func main() {
	vm := &VM{words: map[string][]string{}}
	programs := []string{
		"2 3 + 4 * .",
		": sq dup * ; 7 sq .",
		": cube dup sq * ; 3 cube . 10 sq sq .",
		"1 2 3 swap . . .",
		"5 3 over . . .",
		"17 5 mod . 17 5 / . 3 4 < . 4 4 = .",
		": inc 1 + ; 0 10 times inc .",
		"1 +",
		"1 2 frob",
		"10 0 /",
	}
	for _, p := range programs {
		vm.out.Reset()
		vm.stack = vm.stack[:0]
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("%-40s => runtime panic: %v\n", p, r)
				}
			}()
			if err := vm.Run(p); err != nil {
				fmt.Printf("%-40s => error: %v (stack %v)\n", p, err, vm.stack)
				return
			}
			fmt.Printf("%-40s => %s\n", p, strings.TrimSpace(vm.out.String()))
		}()
	}
}

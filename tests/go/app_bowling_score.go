package main

import (
	"errors"
	"fmt"
)

func score(rolls []int) (int, error) {
	total, i := 0, 0
	for frame := 0; frame < 10; frame++ {
		if i >= len(rolls) {
			return 0, errors.New("incomplete game")
		}
		switch {
		case rolls[i] == 10:
			if i+2 >= len(rolls) {
				return 0, errors.New("missing strike bonus")
			}
			total += 10 + rolls[i+1] + rolls[i+2]
			i++
		case i+1 < len(rolls) && rolls[i]+rolls[i+1] == 10:
			if i+2 >= len(rolls) {
				return 0, errors.New("missing spare bonus")
			}
			total += 10 + rolls[i+2]
			i += 2
		case i+1 < len(rolls):
			if rolls[i]+rolls[i+1] > 10 {
				return 0, fmt.Errorf("frame %d has %d pins", frame+1, rolls[i]+rolls[i+1])
			}
			total += rolls[i] + rolls[i+1]
			i += 2
		default:
			return 0, errors.New("incomplete frame")
		}
	}
	return total, nil
}

func repeat(v, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func main() {
	games := map[string][]int{
		"gutter":  repeat(0, 20),
		"ones":    repeat(1, 20),
		"perfect": repeat(10, 12),
		"spares":  repeat(5, 21),
		"mixed":   {10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1},
		"short":   {10, 10},
		"invalid": {7, 8, 1, 1},
	}
	for _, name := range []string{"gutter", "ones", "perfect", "spares", "mixed", "short", "invalid"} {
		s, err := score(games[name])
		fmt.Printf("%-8s %3d %v\n", name, s, err)
	}
}

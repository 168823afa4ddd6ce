package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) full() bool {
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

var nodes int

func minimax(b *Board, player byte, depth int) (score, move int) {
	nodes++
	if w := b.winner(); w != 0 {
		if w == 'X' {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	if player == 'O' {
		best = 100
	}
	for i := 0; i < 9; i++ {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		next := byte('O')
		if player == 'O' {
			next = 'X'
		}
		s, _ := minimax(b, next, depth+1)
		b[i] = ' '
		if (player == 'X' && s > best) || (player == 'O' && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(fmt.Sprintf(" %c | %c | %c\n", b[r*3], b[r*3+1], b[r*3+2]))
	}
	return sb.String()
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	b[4] = 'X' // X opens in the centre; the search starts from O's reply
	fmt.Println("X plays 4")
	player := byte('O')
	for b.winner() == 0 && !b.full() {
		_, m := minimax(&b, player, 0)
		b[m] = player
		fmt.Printf("%c plays %d\n", player, m)
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Print(b)
	fmt.Printf("winner: %q, nodes searched: %d\n", b.winner(), nodes)
}

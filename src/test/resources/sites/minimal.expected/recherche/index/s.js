RelaisSearch.load("s",["0h0DcBg0","---"]);

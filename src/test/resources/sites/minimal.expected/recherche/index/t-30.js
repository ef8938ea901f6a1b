RelaisSearch.load("t-30",{"3000":[1.703,"0v"]});

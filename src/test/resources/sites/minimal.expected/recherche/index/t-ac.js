RelaisSearch.load("t-ac",{"acord":[1.720,"3v"]});

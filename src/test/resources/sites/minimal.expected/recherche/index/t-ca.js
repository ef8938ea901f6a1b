RelaisSearch.load("t-ca",{"cap":[1.614,"0v"]});

RelaisSearch.load("t-et",{"etat":[1.101,"1v2r"]});

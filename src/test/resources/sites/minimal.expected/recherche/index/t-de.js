RelaisSearch.load("t-de",{"delta":[2.200,"3v"],"demand":[1.662,"2v"],"departemental":[1.699,"2v"]});

RelaisSearch.load("t-ve",{"veni":[1.965,"2v","2c"]});

RelaisSearch.load("t-mi",{"micro":[1.346,"1v"],"microentrepreneu":[1.346,"1v"]});

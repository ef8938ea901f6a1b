RelaisSearch.load("t-su",{"subvention":[0.566,"1v1n1r"]});

RelaisSearch.load("t-ha",{"haut":[2.121,"2v"],"hautegaron":[2.121,"2v"]});

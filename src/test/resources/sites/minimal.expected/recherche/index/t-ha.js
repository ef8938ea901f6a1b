RelaisSearch.load("t-ha",{"haut":[2.121,"2v","2c"],"hautegaron":[2.121,"2v","2c"]});
